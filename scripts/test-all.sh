#!/usr/bin/env bash
# Every check, in order: format, types, lint, unit, end-to-end. `npm test` runs this; so does CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$1"; }

step 'format (prettier --check)'
npm run --silent check:format
step 'types (tsc --noEmit)'
npm run --silent check:types
step 'lint (eslint)'
npm run --silent check:lint
step 'unit (vitest)'
npm run --silent test:unit
step 'end-to-end (Playwright in Chromium)'
npm run --silent test:e2e
printf '\nAll checks passed.\n'
