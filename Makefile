# Thin wrapper over CMake presets: every target here is one or two commands you could type.
.PHONY: deps test-deps configure build test run test-asan fuzz bench package install-test clean

PACKAGES_FILE := installer/debian-packages.txt

deps:
	@sh installer/install-deps.sh $(PACKAGES_FILE)

configure:
	@test -f build/build.ninja || cmake --preset default

build: configure
	cmake --build --preset default

# The suite, then each fuzz harness for a short while (a longer run: make fuzz), then the .deb
# installed and run in a clean Debian 12 root (make install-test: about 7 minutes the first
# time, 1 once ccache and its cache of the root are warm).
test: deps test-deps build
	ctest --preset default
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=10
	$(MAKE) --no-print-directory install-test

# What only the tests need: the GIS our exports are opened with (installer/debian-test-packages.txt).
test-deps:
	@sh installer/install-deps.sh installer/debian-test-packages.txt

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

# Timings on synthetic case studies of 1k, 10k and 100k polygons and the bundled ones (see tests/bench).
bench: deps build
	cmake --build --preset default --target dpatlas-bench
	build/bin/dpatlas-bench

# A .deb and a .tar.gz from a Release build in build-package/ (CMake preset "package"), then
# lintian and a run of the unpacked .tar.gz (installer/check-package.sh). Compiler and linker
# flags are Debian's, as dpkg-buildflags computes them (all hardening: stack protector, fortify,
# relro, bindnow; source paths mapped away), without -g since the package is stripped.
package: deps
	@test -f build-package/build.ninja || { export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g; \
	  cmake --preset package -DCMAKE_CXX_FLAGS="$$(dpkg-buildflags --get CPPFLAGS) $$(dpkg-buildflags --get CXXFLAGS)" \
	    -DCMAKE_EXE_LINKER_FLAGS="$$(dpkg-buildflags --get LDFLAGS)"; }
	cmake --build --preset package
	cpack --preset package
	sh installer/check-package.sh build-package

# The .deb installed by apt into a clean Debian 12 root and run there, headless and under Xvfb
# (needs root, via sudo, and the Debian mirror: see README "Installing").
install-test: package
	sh installer/install-test.sh build-package

clean:
	rm -rf build build-asan build-fuzz build-package
