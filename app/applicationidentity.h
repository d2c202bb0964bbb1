// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::app {

// Who the application is to Qt and to the desktop: organisation and name (settings paths, X11
// WM_CLASS), version, and the desktop file's name (the Wayland app id), which must match
// packaging/linux/org.vida3.Studio.desktop for the desktop to show the installed name and icon.
// Call once the Q*Application exists.
void applyApplicationIdentity();

}  // namespace vida3::app
