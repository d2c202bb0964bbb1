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
// Appends the layers those options ask for to scene (ids "media", "media2", …); an id already
// in the scene is skipped to the next free one.
void addSourceLayers(studio::Scene &scene, const StudioOptions &options);

}  // namespace vida3::app
