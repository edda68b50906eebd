#!/usr/bin/env bash
# Builds the app and runs the Playwright specs against `vite preview` in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npx vite build --logLevel warn
npx playwright test "$@"
