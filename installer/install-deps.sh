#!/bin/sh
# Installs the Debian packages listed in $1 that are not installed yet. Idempotent: when
# everything is present it only reads dpkg's database and does not touch the network.
set -e
list="${1:-installer/debian-packages.txt}"
missing=""
for pkg in $(grep -v '^#' "$list" | grep -v '^$'); do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $pkg" ;;
  esac
done
if [ -z "$missing" ]; then
  echo "deps: all $(grep -vc '^#' "$list") packages present"
  exit 0
fi
echo "deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $missing
