#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing (Debian 12), builds VIDA³ Studio and opens it with the built-in
# VIDA³ scene. With no display it runs the headless demo. Arguments go to vida3-studio.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
cmake --preset dev -DVIDA3_BUILD_TESTS=OFF >/dev/null
cmake --build --preset dev --target vida3-studio
exec build/dev/app/vida3-studio "$@"
