// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerfactory.h"

namespace vida3::studio::media {

// Kind "screen": a display, a region of it or one window, at the output's frame rate. Fields:
// "display" (default "default": the session's), "region" ("X,Y,WxH"; default the whole
// display) or "window" (an X11 window id, "0x3a00007"), "cursor" (default true).
LayerKind screenLayerKind(int fps);
// Kind "camera": fields "device" (a name as --list-devices prints it, "default", or
// "lavfi:GRAPH" for a test pattern), "format" ("WxH@FPS"; default the device's), "mirror"
// (default false), "crop" ({"left", "top", "right", "bottom"} in camera pixels).
LayerKind cameraLayerKind();
// Both, for a session at fps.
void registerCaptureKinds(LayerFactory &factory, int fps);

// Full-canvas layers for --screen and --camera.
LayerDescription screenLayer(const QString &id, const QString &screen, bool cursor, QSizeF canvas, int z);
LayerDescription cameraLayer(const QString &id, const QString &device, const QString &format, QSizeF canvas, int z);

}  // namespace vida3::studio::media
