#!/bin/sh
# `make install-test`: installs the .deb that `make package` built into a clean, minimal
# Debian 12 root with apt (which must resolve every dependency from the package's own
# Depends), then, in that root, as an ordinary user: runs dpatlas-cli list, validate, state and
# render headless, finds a case study in the user's XDG data folder, completes a command with
# the bash completion, and starts dpatlas under Xvfb long enough to take a screenshot.
#
# Needs root (debootstrap, chroot, mounts) and, the first time, the network. What is slow is
# cached in $DPATLAS_INSTALL_TEST_CACHE (default ~/.cache/dpatlas/install-test): the
# debootstrapped root as a tar (refreshed after 30 days) and apt's downloaded .debs. Every run
# unpacks a fresh root from the tar, so nothing installed by one run is seen by the next.
# Usage: installer/install-test.sh BUILD_DIR (build-package); results in BUILD_DIR/install-test/
set -eu
build=${1:-build-package}
if [ "$(id -u)" -ne 0 ]; then   # debootstrap, chroot and mounts need root (as make deps, via sudo)
  echo "install-test: needs root for debootstrap and chroot; running it with sudo"
  exec sudo DPATLAS_INSTALL_TEST_CACHE="${DPATLAS_INSTALL_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dpatlas/install-test}" sh "$0" "$@"
fi
deb=$(ls "$build"/packages/dpatlas_*.deb 2>/dev/null | tail -n 1)
[ -n "$deb" ] || { echo "install-test: no .deb in $build/packages: run make package" >&2; exit 2; }
for tool in debootstrap chroot convert; do
  command -v $tool >/dev/null || { echo "install-test: $tool not found (make deps installs it)" >&2; exit 2; }
done
cache=${DPATLAS_INSTALL_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dpatlas/install-test}
out=$(cd "$build" && pwd)/install-test
mkdir -p "$cache/archives/partial" "$out"
rm -f "$out"/*.png

# The mirror this machine's apt uses for Debian (a local mirror or proxy is then used here too).
mirror=${DPATLAS_DEBIAN_MIRROR:-$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
  grep -v '^ *#' | grep -o 'https\{0,1\}://[^ ]*/debian/\{0,1\}\( \|$\)' | head -n 1 | tr -d ' ')}
mirror=${mirror:-http://deb.debian.org/debian}

start=$(date +%s)
phase() { now=$(date +%s); echo "install-test: [$((now - start)) s] $*"; }

base="$cache/bookworm-minbase.tar"
if [ ! -f "$base" ] || [ -n "$(find "$base" -mtime +30)" ]; then
  phase "debootstrap --variant=minbase bookworm from $mirror (cached in $base)"
  rm -rf "$cache/root.new"
  debootstrap --variant=minbase bookworm "$cache/root.new" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -n 20 "$cache/debootstrap.log" >&2; echo "install-test: debootstrap failed (log: $cache/debootstrap.log)" >&2; exit 1; }
  tar -C "$cache/root.new" -cf "$base.new" . && mv "$base.new" "$base" && rm -rf "$cache/root.new"
fi

root=$(mktemp -d /var/tmp/dpatlas-install-test.XXXXXX)
cleanup() {
  for m in "$root/var/cache/apt/archives" "$root/dev" "$root/proc"; do
    if mountpoint -q "$m" 2>/dev/null; then umount -l "$m" || true; fi
  done
  # Never delete through a mount that is still there (the host's /dev, the apt cache).
  if grep -q " $root/" /proc/mounts; then
    echo "install-test: $root still has mounts, so it was not removed" >&2
  else
    rm -rf "$root"
  fi
}
trap cleanup EXIT INT TERM
phase "a fresh root in $root"
tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/dpatlas.deb"
# A throw-away root need not survive a power cut: dpkg without fsync installs twice as fast.
echo force-unsafe-io > "$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { chroot --userspec=historian:historian "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/historian "$@"; }

phase "apt installs $(basename "$deb") and its dependencies (no Recommends: Depends must suffice)"
in_root sh -c 'echo "deb '"$mirror"' bookworm main" > /etc/apt/sources.list && apt-get update -qq'
# Keep downloaded .debs in the cache for the next run (a minimal root's apt would delete them).
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > "$root/etc/apt/apt.conf.d/01keep-debs"
in_root apt-get install -y -qq --no-install-recommends /tmp/dpatlas.deb >"$out/apt.log" 2>&1 ||
  { tail -n 30 "$out/apt.log" >&2; echo "install-test: apt could not install the package (log: $out/apt.log)" >&2; exit 1; }
in_root du -sh /usr >"$out/size.txt"
in_root useradd --create-home historian

phase "dpatlas-cli, headless, as a user"
check() {   # check DESCRIPTION EXPECTED-TEXT COMMAND...: runs it as the user, wants the text in its output
  what=$1 want=$2; shift 2
  if ! result=$(as_user "$@" 2>&1) || ! printf '%s\n' "$result" | grep -q -- "$want"; then
    printf '%s\n' "$result" | tail -n 20 >&2
    echo "install-test: $what: expected \"$want\" in the output of: $*" >&2
    exit 1
  fi
  echo "  ok: $what"
}
check "list finds the bundled case studies in /usr/share" "/usr/share/dpatlas/datasets/petrograd-1917" dpatlas-cli list
for id in paris-1871 catalonia-1936 northeast-syria example-minimal; do
  check "list finds $id" "^$id	" dpatlas-cli list
done
check "validate" "valid" dpatlas-cli validate /usr/share/dpatlas/datasets/paris-1871
check "state" "dual" dpatlas-cli state petrograd-1917 --calendar julian --at 1917-05-01
check "render" "" dpatlas-cli render petrograd-1917 --calendar julian --at 1917-10-26 -o /tmp/render.png --size 1280x720
cp "$root/tmp/render.png" "$out/render.png"
# A user's own case study, in the XDG data folder.
mkdir -p "$root/home/historian/.local/share/dpatlas/datasets"
cp -r "$root/usr/share/dpatlas/datasets/example-minimal" "$root/home/historian/.local/share/dpatlas/datasets/mine"
sed -i 's/"id": *"example-minimal"/"id": "my-own-study"/' "$root/home/historian/.local/share/dpatlas/datasets/mine/manifest.json"
chroot "$root" chown -R historian:historian /home/historian/.local
check "list finds the user's case study in ~/.local/share" "^my-own-study	/\{0,1\}.*/home/historian/.local/share/dpatlas/datasets/mine" dpatlas-cli list
check "the manual page is installed" "dpatlas-cli.1.gz" ls /usr/share/man/man1
check "bash completion completes a command" "render" bash -c '. /usr/share/bash-completion/completions/dpatlas-cli
  COMP_WORDS=(dpatlas-cli ren); COMP_CWORD=1; _dpatlas_cli; echo "${COMPREPLY[*]}"'
check "the desktop app starts (offscreen --version)" "0\." env QT_QPA_PLATFORM=offscreen dpatlas --version

phase "dpatlas under Xvfb (xvfb installed only now, after the package's own checks)"
in_root apt-get install -y -qq --no-install-recommends xvfb >>"$out/apt.log" 2>&1
mkdir -p "$root/tmp/fb" && chmod 1777 "$root/tmp/fb"
# Xvfb keeps its screen in an XWD file (-fbdir): the screenshot needs no X client in the root.
as_user sh -c 'Xvfb :7 -screen 0 1280x800x24 -fbdir /tmp/fb -nolisten tcp >/tmp/xvfb.log 2>&1 & x=$!
  sleep 2
  DISPLAY=:7 dpatlas petrograd-1917 >/tmp/dpatlas.log 2>&1 & app=$!
  sleep ${DPATLAS_SCREENSHOT_WAIT:-10}
  alive=yes; kill -0 $app 2>/dev/null || alive=no
  cp /tmp/fb/Xvfb_screen0 /tmp/screen.xwd
  kill $app $x 2>/dev/null; wait $app 2>/dev/null
  echo "app still running after the wait: $alive"; [ $alive = yes ]' ||
  { cat "$root/tmp/dpatlas.log" >&2; echo "install-test: dpatlas did not keep running under Xvfb" >&2; exit 1; }
convert "xwd:$root/tmp/screen.xwd" "$out/dpatlas-under-xvfb.png"
colours=$(identify -format '%k' "$out/dpatlas-under-xvfb.png")
[ "$colours" -gt 50 ] || { echo "install-test: the screenshot has only $colours colours: no window drawn?" >&2; exit 1; }
echo "  ok: screenshot with $colours colours"

phase "done: $(cat "$out/size.txt"); pictures in $out"
