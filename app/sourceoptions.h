// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"
#include "studio/scene/scene.h"

class QCommandLineParser;

namespace vida3::app {

// The video-source part of the command line (see command-line.md, "Sources"): media files,
// screens and cameras as full-canvas layers on top of the scene.
void addSourceOptions(QCommandLineParser &parser);
Status readSourceOptions(const QCommandLineParser &parser, StudioOptions *options);
// Before a run: every --screen can be opened and every --camera is connected (DeviceNotFound
// naming it otherwise).
Status checkSourceDevices(const StudioOptions &options, int fps);
// Appends the layers those options ask for to scene, on top in this order: screens, media
// files, cameras (ids "screen", "media", "camera", then "media2", …; an id the scene already
// uses is skipped).
void addSourceLayers(studio::Scene &scene, const StudioOptions &options);

}  // namespace vida3::app
