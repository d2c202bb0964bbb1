#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs a command in a private D-Bus session with a fresh, unlocked gnome-keyring (Secret
# Service), in a throw-away HOME, so keychain tests never touch the user's real keyring.
# Usage: with-keyring.sh [--locked] COMMAND [ARGS...]
#   --locked: the same session, but the keyring is never created or unlocked (the daemon is
#   D-Bus-activated on first use and its unlock prompt cannot be shown).
set -euo pipefail

unlock='echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '
if [ "${1:-}" = "--locked" ]; then
  unlock=''
  shift
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vida3-keyring.XXXXXX")
chmod 0700 "$tmp"
trap 'rm -rf "$tmp"' EXIT
mkdir -m 0700 "$tmp/home" "$tmp/runtime"

export HOME="$tmp/home"
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
# QtKeychain picks KWallet on KDE sessions; keep detection on the Secret Service path.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL
unset DBUS_SESSION_BUS_ADDRESS

# The daemon leaves when the session bus it registered on goes away with dbus-run-session.
# "pw" is a password for this throw-away keyring only.
set +e
dbus-run-session -- bash -c "${unlock}"'exec "$@"' _ "$@"
status=$?
set -e
exit "$status"
