// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/audiogenerator.h"

#include <cmath>
#include <numbers>

namespace vida3::studio {

AudioGenerator::AudioGenerator(int sampleRate, int channels, int fps, Programme programme)
    : m_sampleRate(sampleRate), m_channels(channels), m_fps(fps), m_programme(programme)
{
    m_buffer.resize(static_cast<size_t>(maxSamplesPerFrame() * channels));
}

int AudioGenerator::maxSamplesPerFrame() const
{
    return m_sampleRate / m_fps + 1;
}

int64_t AudioGenerator::firstSample(int64_t frameIndex) const
{
    return frameIndex * m_sampleRate / m_fps;
}

int AudioGenerator::render(int64_t frameIndex, const float **interleaved)
{
    const int64_t begin = firstSample(frameIndex);
    const int samples = static_cast<int>(firstSample(frameIndex + 1) - begin);
    float *out = m_buffer.data();
    if (m_programme == Programme::Silence) {
        std::fill_n(out, samples * m_channels, 0.0f);
    } else {
        // A 110 Hz fifth-and-octave pad at about -30 dBFS whose level breathes every 8 s.
        constexpr double kTwoPi = 2.0 * std::numbers::pi;
        const double rate = m_sampleRate;
        for (int i = 0; i < samples; ++i) {
            const double t = static_cast<double>(begin + i) / rate;
            const double breath = 0.55 + 0.45 * std::sin(kTwoPi * t / 8.0);
            const double v = 0.03 * breath
                * (std::sin(kTwoPi * 110.0 * t) + 0.6 * std::sin(kTwoPi * 165.0 * t)
                   + 0.4 * std::sin(kTwoPi * 220.0 * t));
            for (int ch = 0; ch < m_channels; ++ch)
                out[i * m_channels + ch] = static_cast<float>(v);
        }
    }
    *interleaved = out;
    return samples;
}

}  // namespace vida3::studio
