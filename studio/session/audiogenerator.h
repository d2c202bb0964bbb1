// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace vida3::studio {

// The programme audio until real sources exist: silence, or the VIDA³ visual's soft pad (a
// quiet, slowly breathing chord). Sample-accurate to the frame clock: frame i carries samples
// [i*rate/fps, (i+1)*rate/fps), so audio and video stay in sync by construction.
// Not thread-safe (render thread).
class AudioGenerator
{
public:
    enum class Programme { Silence, SoftTone };

    AudioGenerator(int sampleRate, int channels, int fps, Programme programme);

    // Fills the PCM of frame frameIndex (interleaved float); returns its sample count.
    // The returned pointer stays valid until the next call.
    int render(int64_t frameIndex, const float **interleaved);
    int maxSamplesPerFrame() const;

private:
    int64_t firstSample(int64_t frameIndex) const;

    int m_sampleRate;
    int m_channels;
    int m_fps;
    Programme m_programme;
    std::vector<float> m_buffer;
};

}  // namespace vida3::studio
