#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing (Debian 12), builds VIDA³ Studio and opens it with the built-in
# VIDA³ scene. With no display it runs the headless demo. Arguments go to vida3-studio.
# Each slow step prints one "==>" line; a failed step says which one.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/progress.sh
progress_step "checking the build dependencies"
scripts/install-deps.sh
progress_step "configuring (cmake --preset dev)"
progress_or_fail "configuring" cmake --preset dev -DVIDA3_BUILD_TESTS=OFF >/dev/null
progress_step "building vida3-studio"
progress_or_fail "building" cmake --build --preset dev --target vida3-studio
progress_step "starting build/dev/app/vida3-studio"
exec build/dev/app/vida3-studio "$@"
