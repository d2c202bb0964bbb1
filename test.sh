#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing (Debian 12: build tools, nginx-rtmp, stunnel, ffmpeg, gnome-keyring,
# Chromium, the packaging tools), builds with warnings as errors and runs every test. Integration
# tests start their own servers on 127.0.0.1 and run one at a time; the rest run in parallel.
# Each slow step prints one "==>" line; a failed step says which one.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/progress.sh
progress_step "checking the build and test dependencies"
scripts/install-deps.sh --test
progress_step "configuring (cmake --preset ci)"
progress_or_fail "configuring" cmake --preset ci >/dev/null
progress_step "building (cmake --build --preset ci)"
progress_or_fail "building" cmake --build --preset ci
progress_step "testing (ctest --preset ci)"
progress_or_fail "testing" ctest --preset ci -j "$(nproc)"
progress_done "every test passed"
