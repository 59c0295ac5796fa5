#!/bin/sh
# `make run`: open the desktop app on Petrograd 1917. Without a display (an SSH session, a
# container) there is no window to open, so draw the same view with the command-line renderer
# and say where the picture is.
set -e
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/dpatlas petrograd-1917
fi
out="build/petrograd-1917.png"
build/bin/dpatlas-cli render petrograd-1917 --calendar julian --at 1917-05-01 -o "$out"
echo "No display found, so no window: rendered Petrograd 1917 on 1 May 1917 (O.S.) to $out"
echo "For the window under a virtual display: app/desktop/screenshot.sh (see README)"
