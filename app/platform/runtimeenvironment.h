// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::app::platform {

// Whether a window can be shown: on Linux and the BSDs, a display server must be named
// (DISPLAY, WAYLAND_DISPLAY, or QT_QPA_PLATFORM chosen by the user); Windows and macOS always
// have one.
bool hasDisplay();

// Servers and cron jobs often have no XDG_RUNTIME_DIR, and Qt warns on every start without it:
// on POSIX systems, point it at a private directory of our own. Elsewhere it does nothing.
void ensureRuntimeDir();

}  // namespace vida3::app::platform
