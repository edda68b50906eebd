#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; no tool may download a browser of its own.
# Installs the `chromium` package with apt when it is missing and we are root; otherwise says what to do.
set -euo pipefail
CHROMIUM="${PACKETWALK_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not at $CHROMIUM: installing Debian's chromium package with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
cat >&2 <<MSG
error: the end-to-end tests need Chromium at $CHROMIUM, and it is missing.
  On Debian or Ubuntu, as root:  apt-get update && apt-get install -y chromium
  Or point PACKETWALK_CHROMIUM at a Chromium or Chrome binary you already have.
MSG
exit 1
