// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/pcmring.h"

#include <algorithm>

namespace vida3::studio::audio {

PcmRing::PcmRing(int channels, int capacityFrames, int prebufferFrames, int maxLatencyFrames)
    : m_channels(channels), m_capacity(capacityFrames), m_prebuffer(prebufferFrames),
      m_maxLatency(std::min(maxLatencyFrames, capacityFrames)),
      m_data(static_cast<size_t>(channels) * static_cast<size_t>(capacityFrames), 0.0f)
{
}

void PcmRing::write(const float *interleaved, int frames)
{
    std::lock_guard lock(m_mutex);
    if (frames > m_capacity) {
        m_overrun += frames - m_capacity;
        interleaved += static_cast<size_t>(frames - m_capacity) * static_cast<size_t>(m_channels);
        frames = m_capacity;
    }
    const int excess = m_size + frames - m_capacity;
    if (excess > 0) {
        m_read = (m_read + excess) % m_capacity;
        m_size -= excess;
        m_overrun += excess;
    }
    int write = (m_read + m_size) % m_capacity;
    int left = frames;
    while (left > 0) {
        const int chunk = std::min(left, m_capacity - write);
        std::copy_n(interleaved, static_cast<size_t>(chunk) * static_cast<size_t>(m_channels),
                    m_data.begin() + static_cast<std::ptrdiff_t>(write) * m_channels);
        interleaved += static_cast<size_t>(chunk) * static_cast<size_t>(m_channels);
        write = (write + chunk) % m_capacity;
        left -= chunk;
    }
    m_size += frames;
}

int PcmRing::mixInto(float *out, int frames)
{
    std::lock_guard lock(m_mutex);
    if (!m_primed) {
        if (m_size < m_prebuffer)
            return 0;
        m_primed = true;
    }
    if (m_size > m_maxLatency + frames) {
        const int drop = m_size - m_maxLatency;
        m_read = (m_read + drop) % m_capacity;
        m_size -= drop;
        m_overrun += drop;
    }
    const int available = std::min(frames, m_size);
    int read = m_read;
    for (int i = 0; i < available; ++i) {
        const float *src = m_data.data() + static_cast<std::ptrdiff_t>(read) * m_channels;
        float *dst = out + static_cast<std::ptrdiff_t>(i) * m_channels;
        for (int ch = 0; ch < m_channels; ++ch)
            dst[ch] += src[ch];
        read = read + 1 == m_capacity ? 0 : read + 1;
    }
    m_read = read;
    m_size -= available;
    if (available < frames) {
        m_underrun += frames - available;
        m_primed = false;
    }
    return available;
}

void PcmRing::clear()
{
    std::lock_guard lock(m_mutex);
    m_read = 0;
    m_size = 0;
    m_primed = false;
}

int PcmRing::bufferedFrames() const
{
    std::lock_guard lock(m_mutex);
    return m_size;
}

int64_t PcmRing::overrunFrames() const
{
    std::lock_guard lock(m_mutex);
    return m_overrun;
}

int64_t PcmRing::underrunFrames() const
{
    std::lock_guard lock(m_mutex);
    return m_underrun;
}

}  // namespace vida3::studio::audio
