// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vida3::studio {

// Audio the mixer adds to the programme, already at the output's sample rate and channel
// count (browser sources through the relay; a microphone later).
// Thread-safety: mixInto is called from the render thread only and must not block for long.
class AudioInput
{
public:
    virtual ~AudioInput() = default;
    // Adds (sums) frames sample frames of interleaved float PCM into out.
    virtual void mixInto(float *interleaved, int frames, int channels) = 0;
    // For the mixer's meters: "live", or a device's "connecting" / "disconnected".
    // Any thread.
    virtual QString state() const { return QStringLiteral("live"); }

protected:
    AudioInput() = default;
    AudioInput(const AudioInput &) = delete;
    AudioInput &operator=(const AudioInput &) = delete;
};

}  // namespace vida3::studio
