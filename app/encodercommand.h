// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"

namespace vida3::app {

// --list-encoders: probes x264 and every hardware encoder of this platform with a real test
// encode (at --resolution/--fps/--video-bitrate, default 1280x720 at 30 fps, 4000 kbps), prints a
// line for each and which one --encoder auto would use. Returns the exit code (0).
int runEncoderList(const StudioOptions &options);

}  // namespace vida3::app
