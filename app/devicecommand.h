// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"

namespace vida3::app {

// --list-devices: prints the sound server's inputs (microphones) and monitors (desktop audio)
// with the names --audio-input and --desktop-audio take, as text or as JSON (--log-format
// json). No cameras yet: the line says so. Returns the exit code (0; 3 when no sound server
// answers, with the reason).
int runDeviceList(const StudioOptions &options);

}  // namespace vida3::app
