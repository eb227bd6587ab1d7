#!/usr/bin/env bash
# Renders the committed PNG icons from the SVGs. Run by hand after changing an SVG (needs
# rsvg-convert from librsvg2-bin); the build uses the committed PNGs and renders nothing.
# 16 px comes from xlink-console-16.svg, drawn on the pixel grid; the rest from the large SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
  src=xlink-console.svg
  [[ $size -eq 16 ]] && src=xlink-console-16.svg
  rsvg-convert --width "$size" --height "$size" "$src" --output "png/xlink-console-$size.png"
done
