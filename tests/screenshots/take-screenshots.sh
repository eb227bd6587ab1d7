#!/bin/sh
# Takes the README's screenshots (packaging/screenshots/*-en.png and *-zh_CN.png) from the real
# console under a virtual X server, then strips and recompresses them.
# Usage: tests/screenshots/take-screenshots.sh [OUTPUT-DIRECTORY]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-"$root/packaging/screenshots"}
cd "$root"
cmake --preset default >/dev/null
cmake --build --preset default --target take-screenshots
mkdir -p "$out"
# The xcb platform (not offscreen) so fonts, styles and hinting are those of a desktop session.
QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1400x900x24" build/tests/take-screenshots "$out"
for png in "$out"/*.png; do
    if command -v optipng >/dev/null 2>&1; then
        optipng -quiet -o2 -strip all "$png"
    elif command -v convert >/dev/null 2>&1; then
        convert "$png" -strip -define png:compression-level=9 "$png"
    fi
done
ls -l "$out"
