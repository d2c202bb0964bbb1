#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs a command with no session bus and no display, in a throw-away HOME: every keychain
# call must fail cleanly (SecretStoreUnavailable), never hang or fall back to a file.
# Usage: without-keyring.sh COMMAND [ARGS...]
set -euo pipefail

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vida3-nokeyring.XXXXXX")
chmod 0700 "$tmp"
trap 'rm -rf "$tmp"' EXIT
mkdir -m 0700 "$tmp/home" "$tmp/runtime"

export HOME="$tmp/home"
# An empty runtime dir: no $XDG_RUNTIME_DIR/bus for GLib or libdbus to find.
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL

set +e
"$@"
status=$?
set -e
exit "$status"
