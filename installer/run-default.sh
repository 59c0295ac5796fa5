#!/bin/sh
# `make run`: until the desktop window exists, draw the default view of Petrograd 1917 with the
# command-line renderer and say where the picture is.
set -e
out="build/petrograd-1917.png"
build/bin/dpatlas-cli render petrograd-1917 --calendar julian --at 1917-05-01 -o "$out"
echo "Rendered Petrograd 1917 on 1 May 1917 (O.S.): $out"
echo "More: build/bin/dpatlas-cli --help"
