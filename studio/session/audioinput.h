// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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

protected:
    AudioInput() = default;
    AudioInput(const AudioInput &) = delete;
    AudioInput &operator=(const AudioInput &) = delete;
};

}  // namespace vida3::studio
