#!/bin/sh
# Opens the desktop app under a virtual X display (Xvfb) on a case study and date, waits for it
# to draw, and saves a screenshot of the screen.
#   app/desktop/screenshot.sh DATASET DATE OUT.png [APP OPTIONS...]
# SCREENSHOT_SCREEN=1920x1080 sets the virtual screen (default 1400x900). DATE "-" opens the
# case study on its default date, as a fresh start does.
# Example: app/desktop/screenshot.sh petrograd-1917 1917-10-25 shot.png --calendar julian --panel chart
set -e
if [ $# -lt 3 ]; then
  echo "usage: $0 DATASET DATE OUT.png [--calendar julian]" >&2
  exit 2
fi
dataset=$1 date=$2 out=$3
shift 3
here=$(cd "$(dirname "$0")/../.." && pwd)
app="$here/build/bin/dpatlas"
[ -x "$app" ] || { echo "$app not built: run make build first" >&2; exit 2; }
# A throw-away settings folder, so the screenshot does not depend on (or change) yours.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 ${SCREENSHOT_SCREEN:-1400x900}x24" sh -c '
  app=$0 dataset=$1 date=$2 out=$3
  shift 3
  if [ "$date" = "-" ]; then "$app" "$dataset" "$@" & else "$app" "$dataset" --at "$date" "$@" & fi
  pid=$!
  sleep "${SCREENSHOT_WAIT:-4}"
  import -window root "$out"
  kill $pid
' "$app" "$dataset" "$date" "$out" "$@"
echo "$out"
