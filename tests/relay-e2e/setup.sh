#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the tests' npm packages (ws, playwright-core) from the committed package-lock.json
# when node_modules is missing or older than the lock file. Never downloads a browser:
# the tests drive Debian's /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
