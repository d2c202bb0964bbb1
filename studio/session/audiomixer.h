// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/session/audiogenerator.h"
#include "studio/session/audioinput.h"

#include <cstdint>
#include <memory>

namespace vida3::studio {

// The programme audio of each output frame: the generator's tone or silence plus every
// AudioInput (browser sources), summed and clipped to [-1, 1]. Sample-accurate to the frame
// clock exactly like AudioGenerator: frame i carries samples [i*rate/fps, (i+1)*rate/fps).
// Inputs deliver PCM already resampled to the output rate (the relay does it with
// libswresample as it decodes), so the render thread only sums. No allocation per frame.
// Not thread-safe (render thread).
class AudioMixer
{
public:
    AudioMixer(int sampleRate, int channels, int fps, AudioGenerator::Programme programme,
               std::shared_ptr<AudioInput> input = nullptr);

    // Same contract as AudioGenerator::render.
    int render(int64_t frameIndex, const float **interleaved);
    int maxSamplesPerFrame() const { return m_generator.maxSamplesPerFrame(); }

private:
    AudioGenerator m_generator;
    std::shared_ptr<AudioInput> m_input;
    int m_channels;
};

}  // namespace vida3::studio
