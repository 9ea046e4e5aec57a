#!/usr/bin/env bash
# Renders assets/icon.svg to the toolbar and store icons (needs rsvg-convert, from the librsvg2-bin package).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p public/icon
for size in 16 32 48 128; do
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "public/icon/${size}.png"
done
