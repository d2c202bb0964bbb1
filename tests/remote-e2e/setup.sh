#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the tests' npm packages (obs-websocket-js, ws) from the committed package-lock.json
# when node_modules is missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
