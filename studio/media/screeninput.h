// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/media/streamreader.h"

#include <QRect>
#include <QString>

namespace vida3::studio::media {

// What of which screen: a whole display, or a region of it.
struct ScreenRegion
{
    QString display;  // X11: ":0"; "default": the session's ($DISPLAY)
    QRect rect;       // empty: the whole display
    quint32 windowId = 0;  // X11: one window (its id, as xwininfo or wmctrl -l print it); 0: none
};

// "DISPLAY", "DISPLAY+X,Y,WxH", "DISPLAY+window=ID" or "default" (e.g. ":0",
// ":0+0,0,1280x720", ":0+window=0x3a00007").
Expected<ScreenRegion> parseScreen(const QString &text);

// The input capturing region at fps, with the cursor drawn or not. X11 through libavdevice's
// x11grab; on Windows gdigrab, on macOS avfoundation. Under Wayland without an X display it is
// an Unsupported error that says what is missing.
Expected<InputSpec> screenInput(const ScreenRegion &region, int fps, bool cursor);

// A one-off open of the input (the --screen check before a run): DeviceNotFound naming the
// display when it cannot be opened.
Status checkScreen(const ScreenRegion &region, int fps);

}  // namespace vida3::studio::media
