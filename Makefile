# Thin wrapper over CMake presets: every target here is one or two commands you could type.
.PHONY: deps configure build test run test-asan bench clean

PACKAGES_FILE := installer/debian-packages.txt

deps:
	@sh installer/install-deps.sh $(PACKAGES_FILE)

configure:
	@test -f build/build.ninja || cmake --preset default

build: configure
	cmake --build --preset default

test: deps build
	ctest --preset default

run: deps build
	sh installer/run-default.sh

test-asan: deps
	@test -f build-asan/build.ninja || cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# Timings on synthetic case studies of 1k, 10k and 100k polygons (see tests/bench).
bench: deps build
	cmake --build --preset default --target dpatlas-bench
	build/bin/dpatlas-bench

clean:
	rm -rf build build-asan
