#!/usr/bin/env bash
# Re-draw the before/after pictures of the docs from `declutter --format html`, with headless
# Chromium (Debian: apt-get install chromium). Run from the checkout: bash docs/img/render.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp="$(mktemp -d)"
shot() {  # fixture, picture, window height
    cp "$1" "$tmp/$(basename "$1")"
    (cd "$tmp" && declutter --format html "$(basename "$1")" -o view.html)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
        --force-device-scale-factor=1 --window-size=1280,"$3" --screenshot="$2" "file://$tmp/view.html" 2>/dev/null
}
shot tests/fixtures/languages/en-wire-article.before.txt docs/img/before-after.png 640
shot tests/fixtures/seed/seed.before.txt docs/img/before-after-seed.png 1440
rm -rf "$tmp"
