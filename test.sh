#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing (Debian 12: build tools, nginx-rtmp, stunnel, ffmpeg, gnome-keyring),
# builds with warnings as errors and runs every test. Integration tests start their own servers
# on 127.0.0.1 and run one at a time; the rest run in parallel.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh --test
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j "$(nproc)"
