#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests; never downloads a browser.
# Where it cannot install (no apt-get, or no root and no password-less sudo) the tests skip themselves and say why;
# where it can, an install that fails fails the build, so that the browser journeys are never silently left out.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "browser tests: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version | head -1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests: no chromium/chromedriver and no apt-get here; the browser tests will skip themselves." >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "browser tests: installing chromium needs root, and sudo asks for a password here; the browser tests will" \
    "skip themselves. Run: sudo apt-get install chromium chromium-driver" >&2
  exit 0
fi
echo "browser tests: installing Debian's chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null \
  || { "${as_root[@]}" apt-get update -q >/dev/null && \
       "${as_root[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null; }
chromium --version
chromedriver --version
