// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/platformpreset.h"
#include "studio/session/streamsession.h"

namespace vida3::studio {

// The encoder settings a platform preset asks for (resolution, rate, bitrate, keyframe
// interval, profile, AAC rate and bitrate). Callers apply the user's overrides on top.
StreamSession::Settings settingsForPreset(const PlatformPreset &preset);

}  // namespace vida3::studio
