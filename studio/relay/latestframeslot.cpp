// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/latestframeslot.h"

#include <algorithm>

namespace vida3::studio::relay {

QImage *LatestFrameSlot::beginWrite(QSize size, QImage::Format format)
{
    int published = -1;
    {
        std::lock_guard lock(m_mutex);
        published = m_published;
    }
    // Only the writer changes m_published, so it cannot move while we pick a buffer; a reader
    // can only copy the published buffer, so a detached spare stays ours.
    for (int i = 0; i < kBuffers; ++i) {
        QImage &buffer = m_buffers[static_cast<size_t>(i)];
        if (i == published || (!buffer.isNull() && !buffer.isDetached()))
            continue;
        if (buffer.size() != size || buffer.format() != format)
            buffer = QImage(size, format);
        if (buffer.isNull())
            return nullptr;
        m_writing = i;
        return &buffer;
    }
    return nullptr;
}

void LatestFrameSlot::publish(int64_t receivedUs)
{
    if (m_writing < 0)
        return;
    std::lock_guard lock(m_mutex);
    if (m_published >= 0 && !m_publishedTaken && m_hasReader)
        ++m_counters.dropped;
    m_published = m_writing;
    m_writing = -1;
    m_publishedTaken = false;
    m_publishedReceivedUs = receivedUs;
    ++m_generation;
    ++m_counters.published;
}

bool LatestFrameSlot::take(QImage *out, uint64_t *generation, int64_t nowUs)
{
    std::lock_guard lock(m_mutex);
    m_hasReader = true;
    if (m_published < 0 || m_generation == *generation)
        return false;
    *out = m_buffers[static_cast<size_t>(m_published)];  // shallow: a reference count
    *generation = m_generation;
    if (!m_publishedTaken) {
        m_publishedTaken = true;
        ++m_counters.taken;
        const int64_t latencyMs = std::max<int64_t>(0, (nowUs - m_publishedReceivedUs) / 1000);
        m_latencyMs[static_cast<size_t>(m_latencyNext)] = static_cast<int>(std::min<int64_t>(latencyMs, 1000000));
        m_latencyNext = (m_latencyNext + 1) % kLatencySamples;
        m_latencyCount = std::min(m_latencyCount + 1, kLatencySamples);
    }
    return true;
}

LatestFrameSlot::Counters LatestFrameSlot::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

int LatestFrameSlot::latencyPercentileMs(double percentile) const
{
    std::array<int, kLatencySamples> samples{};
    int count = 0;
    {
        std::lock_guard lock(m_mutex);
        samples = m_latencyMs;
        count = m_latencyCount;
    }
    if (count == 0)
        return 0;
    const int index = std::clamp(static_cast<int>(percentile * count), 0, count - 1);
    auto at = samples.begin() + index;
    std::nth_element(samples.begin(), at, samples.begin() + count);
    return *at;
}

void LatestFrameSlot::clear()
{
    std::lock_guard lock(m_mutex);
    m_published = -1;
    m_publishedTaken = false;
    ++m_generation;
}

}  // namespace vida3::studio::relay
