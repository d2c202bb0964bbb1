// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerfactory.h"

#include <memory>

namespace vida3::studio::media {

class CapturePool;

// Kind "screen": a display, a region of it or one window, at the output's frame rate. Fields:
// "display" (default "default": the session's), "region" ("X,Y,WxH"; default the whole
// display) or "window" (an X11 window id, "0x3a00007"), "cursor" (default true).
// Layers showing the same input share one capture from pool (capturepool.h).
LayerKind screenLayerKind(int fps, std::shared_ptr<CapturePool> pool);
// Kind "camera": fields "device" (a name as --list-devices prints it, "default", or
// "lavfi:GRAPH" for a test pattern), "format" ("WxH@FPS"; default the device's), "mirror"
// (default false), "crop" ({"left", "top", "right", "bottom"} in camera pixels).
LayerKind cameraLayerKind(std::shared_ptr<CapturePool> pool);
// Both, for a session at fps, sharing one pool (a new one when none is given).
void registerCaptureKinds(LayerFactory &factory, int fps, std::shared_ptr<CapturePool> pool = nullptr);

// Full-canvas layers for --screen and --camera.
LayerDescription screenLayer(const QString &id, const QString &screen, bool cursor, QSizeF canvas, int z);
LayerDescription cameraLayer(const QString &id, const QString &device, const QString &format, QSizeF canvas, int z);

}  // namespace vida3::studio::media
