#!/usr/bin/env bash
# Renders the application icon (resources/icons/io.github.vitrine.Vitrine.svg) to the PNG sizes
# desktops look for (resources/icons/hicolor/NxN/apps/), which are committed: run it after changing
# the SVG. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg=$here/resources/icons/io.github.vitrine.Vitrine.svg
for size in 16 22 24 32 48 64 128 256 512; do
    dir=$here/resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" \
        --output "$dir/io.github.vitrine.Vitrine.png"
done
echo "icons written under resources/icons/hicolor" >&2
