#!/usr/bin/env bash
# Takes the README's screenshot: Vitrine on its demo store, in a real X window under Xvfb.
#   scripts/screenshot.sh [OUTPUT.png] [extra vitrine arguments]
# Needs a built tree (scripts/dev.sh test or run) and the packages xvfb, xauth, imagemagick.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/docs/images/gallery-window.png}
shift || true
app=${VITRINE_BIN:-$here/build/dev/app/vitrine}
[[ -x "$app" ]] || { echo "build first: $app is missing" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
# A throw-away data directory, so the screenshot shows the pristine demo store.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME=$data/data XDG_CONFIG_HOME=$data/config XDG_CACHE_HOME=$data/cache
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" --demo --product 101 "${@:2}" &
    pid=$!
    sleep "${VITRINE_SCREENSHOT_DELAY:-6}"
    # The whole screen, then the black around the window trimmed away.
    import -window root "$1" && convert "$1" -bordercolor black -border 1 -trim +repage "$1"
    kill $pid
' "$app" "$out" "$@"
echo "wrote $out"
