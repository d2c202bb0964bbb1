// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/presetsettings.h"

namespace vida3::studio {

StreamSession::Settings settingsForPreset(const PlatformPreset &preset)
{
    StreamSession::Settings s;
    s.video.width = preset.video.width;
    s.video.height = preset.video.height;
    s.video.fps = preset.video.fps;
    s.video.bitrateKbps = preset.video.bitrateKbps;
    s.video.keyintSec = preset.video.keyframeIntervalS;
    if (preset.video.h264Profile == u"main")
        s.video.profile = encoder::H264Profile::Main;
    else if (preset.video.h264Profile == u"baseline")
        s.video.profile = encoder::H264Profile::Baseline;
    else
        s.video.profile = encoder::H264Profile::High;
    s.audio.sampleRate = preset.audio.sampleRateHz;
    s.audio.channels = preset.audio.channels;
    s.audio.bitrateKbps = preset.audio.bitrateKbps;
    return s;
}

}  // namespace vida3::studio
