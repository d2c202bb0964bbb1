// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/delayline.h"

#include <algorithm>

namespace vida3::studio::audio {

namespace {
constexpr int kMaxBlockFrames = 8192;  // processed in blocks of at most this many frames
}

DelayLine::DelayLine(int channels, int maxDelayFrames)
    : m_channels(channels), m_max(std::max(0, maxDelayFrames)), m_size(int64_t{m_max} + kMaxBlockFrames),
      m_ring(static_cast<size_t>(m_size) * static_cast<size_t>(channels), 0.0f)
{
}

void DelayLine::process(float *inout, int frames, int delayFrames)
{
    const int delay = std::clamp(delayFrames, 0, m_max);
    for (int offset = 0; offset < frames; offset += kMaxBlockFrames) {
        const int n = std::min(kMaxBlockFrames, frames - offset);
        float *block = inout + static_cast<int64_t>(offset) * m_channels;
        for (int i = 0; i < n; ++i)
            std::copy_n(block + i * m_channels, m_channels, m_ring.begin() + ((m_written + i) % m_size) * m_channels);
        for (int i = 0; i < n; ++i) {
            const int64_t from = m_written + i - delay;
            if (from < 0)
                std::fill_n(block + i * m_channels, m_channels, 0.0f);
            else
                std::copy_n(m_ring.begin() + (from % m_size) * m_channels, m_channels, block + i * m_channels);
        }
        m_written += n;
    }
}

}  // namespace vida3::studio::audio
