#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests, in this order:
#   1. $CHROMIUM_PATH, if it points at an executable;
#   2. a system Chromium or Chrome on PATH;
#   3. a browser Playwright downloaded earlier (never downloaded here);
#   4. Debian's chromium package, installed with apt-get when we are root
#      (unless CHROMIUM_NO_INSTALL=1: a machine that must not change itself).
# Otherwise it exits 1 with a message saying exactly what to install.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then
	echo "$CHROMIUM_PATH"
	exit 0
fi

for name in chromium chromium-browser google-chrome google-chrome-stable chrome; do
	if path=$(command -v "$name" 2>/dev/null); then
		echo "$path"
		exit 0
	fi
done

if path=$(node -e "const p=require('playwright-core').chromium.executablePath(); if (require('fs').existsSync(p)) console.log(p); else process.exit(1)" 2>/dev/null); then
	echo "$path"
	exit 0
fi

if [[ "${CHROMIUM_NO_INSTALL:-}" != "1" && "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
	echo "No Chromium found: installing Debian's chromium package (needs apt access)..." >&2
	if apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; then
		command -v chromium
		exit 0
	fi
fi

cat >&2 <<'MSG'
No Chromium or Chrome was found for the browser tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at an existing Chrome or Chromium executable.
MSG
exit 1
