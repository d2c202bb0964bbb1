// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/audiomixer.h"

#include <algorithm>

namespace vida3::studio {

AudioMixer::AudioMixer(int sampleRate, int channels, int fps, AudioGenerator::Programme programme,
                       std::shared_ptr<AudioInput> input)
    : m_generator(sampleRate, channels, fps, programme), m_input(std::move(input)), m_channels(channels)
{
}

int AudioMixer::render(int64_t frameIndex, const float **interleaved)
{
    const float *programme = nullptr;
    const int samples = m_generator.render(frameIndex, &programme);
    *interleaved = programme;
    if (!m_input)
        return samples;
    // The generator's buffer is ours until the next call: mix in place.
    auto *mix = const_cast<float *>(programme);
    m_input->mixInto(mix, samples, m_channels);
    const int count = samples * m_channels;
    for (int i = 0; i < count; ++i)
        mix[i] = std::clamp(mix[i], -1.0f, 1.0f);
    return samples;
}

}  // namespace vida3::studio
