// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/timedpcmbuffer.h"

#include <algorithm>

namespace vida3::studio::media {

TimedPcmBuffer::TimedPcmBuffer(int channels, int leadFrames, int historyFrames)
    : m_channels(channels), m_lead(leadFrames), m_capacity(int64_t{leadFrames} + historyFrames),
      m_data(static_cast<size_t>(m_capacity) * static_cast<size_t>(channels))
{
}

bool TimedPcmBuffer::write(int64_t position, const float *interleaved, int frames, uint64_t epoch)
{
    std::unique_lock lock(m_mutex);
    while (frames > 0) {
        if (m_stopped || epoch != m_epoch)
            return !m_stopped;
        if (position < m_end) {  // overlap with what is there: keep the first
            const int64_t skip = std::min<int64_t>(frames, m_end - position);
            position += skip;
            interleaved += skip * m_channels;
            frames -= static_cast<int>(skip);
            continue;
        }
        const int64_t room = m_readHead + m_lead - m_end;
        if (room <= 0) {
            m_room.wait(lock);
            continue;
        }
        if (position > m_end) {  // a gap in the timestamps: silence, as much as there is room for
            const int64_t gap = std::min(position - m_end, room);
            for (int64_t p = m_end; p < m_end + gap; ++p)
                std::fill_n(m_data.begin() + (p % m_capacity) * m_channels, m_channels, 0.0f);
            m_end += gap;
            continue;
        }
        const int64_t n = std::min<int64_t>(frames, room);
        for (int64_t i = 0; i < n; ++i)
            std::copy_n(interleaved + i * m_channels, m_channels, m_data.begin() + ((m_end + i) % m_capacity) * m_channels);
        m_end += n;
        position += n;
        interleaved += n * m_channels;
        frames -= static_cast<int>(n);
    }
    return true;
}

void TimedPcmBuffer::reset(uint64_t epoch)
{
    {
        std::lock_guard lock(m_mutex);
        m_epoch = epoch;
        m_end = 0;
        m_readHead = 0;
    }
    m_room.notify_all();  // a writer waiting for room goes on to the new epoch
}

void TimedPcmBuffer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_room.notify_all();
}

void TimedPcmBuffer::mixInto(int64_t position, float *out, int frames, uint64_t epoch)
{
    {
        std::lock_guard lock(m_mutex);
        if (epoch != m_epoch) {
            m_missing += frames;
            return;
        }
        const int64_t oldest = std::max<int64_t>(0, m_end - m_capacity);
        for (int i = 0; i < frames; ++i) {
            const int64_t p = position + i;
            if (p < 0)
                continue;  // before the media starts (a negative sync offset's first moments)
            if (p < oldest || p >= m_end) {
                ++m_missing;
                continue;
            }
            const float *src = m_data.data() + (p % m_capacity) * m_channels;
            for (int c = 0; c < m_channels; ++c)
                out[i * m_channels + c] += src[c];
        }
        m_readHead = std::max(m_readHead, position + frames);
    }
    m_room.notify_one();
}

int64_t TimedPcmBuffer::missingFrames() const
{
    std::lock_guard lock(m_mutex);
    return m_missing;
}

}  // namespace vida3::studio::media
