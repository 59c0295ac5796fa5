#!/bin/sh
# `make package`, after CPack: checks the .deb with lintian (any error fails) and shows what
# dpkg-shlibdeps computed, then unpacks the .tar.gz in a temporary folder and runs its
# dpatlas-cli from there, to prove the build is relocatable and reads nothing of the source
# tree: every case study must be found beside the unpacked program, none in the checkout.
# Usage: installer/check-package.sh BUILD_DIR (build-package)
set -eu
build=${1:-build-package}
deb=$(ls "$build"/packages/dpatlas_*.deb 2>/dev/null | tail -n 1)
tgz=$(ls "$build"/packages/dpatlas-*.tar.gz 2>/dev/null | tail -n 1)
[ -n "$deb" ] && [ -n "$tgz" ] || { echo "check-package: no .deb or .tar.gz in $build/packages: run cpack --preset package" >&2; exit 1; }
source_dir=$(cd "$(dirname "$0")/.." && pwd)

echo "== $deb"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends
echo "== lintian (errors and warnings; no overrides)"
# --fail-on error: a warning is shown and explained in README "Installing", an error stops here.
lintian --fail-on error "$deb"
echo "lintian: no errors"

echo "== $tgz, unpacked elsewhere"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$tgz" -C "$tmp"
cli=$(ls -d "$tmp"/*/bin/dpatlas-cli)
prefix=$(cd "$(dirname "$cli")/.." && pwd)
if grep -q -F "$source_dir" "$prefix/bin/dpatlas-cli" "$prefix/bin/dpatlas"; then
  echo "check-package: the packaged programs contain the source tree's path $source_dir" >&2
  exit 1
fi
# An empty home, no DPATLAS_DATASETS, run from / : only the package's own folders can answer.
mkdir -p "$tmp/home"
list=$(cd / && env -u DPATLAS_DATASETS HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" "$cli" list)
printf '%s\n' "$list"
found=$(printf '%s\n' "$list" | cut -f1 | sort | tr '\n' ' ')
expected="catalonia-1936 example-minimal northeast-syria paris-1871 petrograd-1917 "
if [ "$found" != "$expected" ]; then
  echo "check-package: the unpacked dpatlas-cli lists \"$found\", expected \"$expected\"" >&2
  exit 1
fi
if printf '%s\n' "$list" | cut -f4 | grep -v -q "^$prefix/share/dpatlas/datasets/"; then
  echo "check-package: a case study was found outside the unpacked package ($prefix)" >&2
  exit 1
fi
echo "check-package: the unpacked .tar.gz finds its own five case studies and nothing else"
