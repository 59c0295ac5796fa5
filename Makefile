# Thin wrapper over CMake presets: every target here is one or two commands you could type.
.PHONY: deps configure build test run test-asan fuzz bench clean

PACKAGES_FILE := installer/debian-packages.txt

deps:
	@sh installer/install-deps.sh $(PACKAGES_FILE)

configure:
	@test -f build/build.ninja || cmake --preset default

build: configure
	cmake --build --preset default

# The suite, then each fuzz harness for a short while (a longer run: make fuzz).
test: deps build
	ctest --preset default
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=10

run: deps build
	sh installer/run-default.sh

test-asan: deps
	@test -f build-asan/build.ninja || cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# libFuzzer on the readers of untrusted input (tests/fuzz), FUZZ_SECONDS each (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	@test -f build-fuzz/build.ninja || cmake --preset fuzz
	cmake --build --preset fuzz
	sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# Timings on synthetic case studies of 1k, 10k and 100k polygons (see tests/bench).
bench: deps build
	cmake --build --preset default --target dpatlas-bench
	build/bin/dpatlas-bench

clean:
	rm -rf build build-asan build-fuzz
