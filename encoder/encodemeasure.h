// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encodersettings.h"
#include "encoder/expected.h"

#include <atomic>
#include <functional>

namespace vida3::encoder {

// How fast this machine encodes video with given settings, measured, not guessed.
struct EncodeMeasurement
{
    VideoSettings settings;  // as measured (a concrete x264 preset, never "auto")
    int frames = 0;          // frames timed (after the warm-up)
    double seconds = 0;      // wall time they took, picture making included
    double fps() const { return seconds > 0 ? frames / seconds : 0.0; }
    double msPerFrame() const { return frames > 0 ? seconds * 1000.0 / frames : 0.0; }
    // Frames encoded per frame the output needs: 1 is exactly real time.
    double speed() const { return settings.fps > 0 ? fps() / settings.fps : 0.0; }
};

// Encodes a moving, noisy test picture (a camera-like load: motion plus fresh detail each frame)
// with `settings` for about `seconds` of wall time after a warm-up of half a second, packets
// thrown away. The whole machine is used, as the encoder's threads would be. `cancelled` is
// polled between frames; a cancelled measurement returns Cancelled.
Expected<EncodeMeasurement> measureEncode(const VideoSettings &settings, double seconds,
                                          const std::function<bool()> &cancelled = {});

}  // namespace vida3::encoder
