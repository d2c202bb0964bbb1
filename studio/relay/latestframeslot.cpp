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

void LatestFrameSlot::publish(const FrameStamps &stamps, int64_t publishedUs)
{
    if (m_writing < 0)
        return;
    std::lock_guard lock(m_mutex);
    if (m_published >= 0 && !m_publishedTaken && m_hasReader)
        ++m_counters.dropped;
    m_published = m_writing;
    m_writing = -1;
    m_publishedTaken = false;
    m_publishedStamps = stamps;
    m_publishedAtUs = publishedUs;
    ++m_generation;
    ++m_counters.published;
}

bool LatestFrameSlot::take(QImage *out, uint64_t *generation, int64_t nowUs)
{
    std::lock_guard lock(m_mutex);
    m_hasReader = true;
    if (m_lastTakeUs > 0 && nowUs > m_lastTakeUs) {
        m_readerGapsUs[static_cast<size_t>(m_readerGapNext)] = static_cast<int>(std::min<int64_t>(nowUs - m_lastTakeUs, 10'000'000));
        m_readerGapNext = (m_readerGapNext + 1) % kReaderGaps;
        m_readerGapCount = std::min(m_readerGapCount + 1, kReaderGaps);
    }
    m_lastTakeUs = nowUs;
    if (m_published < 0 || m_generation == *generation)
        return false;
    *out = m_buffers[static_cast<size_t>(m_published)];  // shallow: a reference count
    *generation = m_generation;
    if (!m_publishedTaken) {
        m_publishedTaken = true;
        ++m_counters.taken;
        const auto clampMs = [](int64_t us) { return static_cast<int>(std::clamp<int64_t>(us / 1000, 0, 1'000'000)); };
        Sample &sample = m_samples[static_cast<size_t>(m_sampleNext)];
        sample.latencyMs = clampMs(nowUs - m_publishedStamps.receivedUs);
        sample.captureLatencyMs = m_publishedStamps.capturedUs > 0 ? clampMs(nowUs - m_publishedStamps.capturedUs) : -1;
        sample.waitUs = static_cast<int>(std::clamp<int64_t>(nowUs - m_publishedAtUs, 0, 10'000'000));
        m_sampleNext = (m_sampleNext + 1) % kSamples;
        m_sampleCount = std::min(m_sampleCount + 1, kSamples);
        m_undrained = std::min(m_undrained + 1, kSamples);
    }
    return true;
}

LatestFrameSlot::Counters LatestFrameSlot::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

int LatestFrameSlot::percentileOf(int Sample::*field, double percentile) const
{
    std::array<int, kSamples> values{};
    int count = 0;
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < m_sampleCount; ++i) {
            const int value = m_samples[static_cast<size_t>(i)].*field;
            if (value >= 0)
                values[static_cast<size_t>(count++)] = value;
        }
    }
    if (count == 0)
        return -1;
    const int index = std::clamp(static_cast<int>(percentile * count), 0, count - 1);
    auto at = values.begin() + index;
    std::nth_element(values.begin(), at, values.begin() + count);
    return *at;
}

int LatestFrameSlot::latencyPercentileMs(double percentile) const
{
    return std::max(0, percentileOf(&Sample::latencyMs, percentile));
}

int LatestFrameSlot::captureLatencyPercentileMs(double percentile) const
{
    return percentileOf(&Sample::captureLatencyMs, percentile);
}

LatestFrameSlot::Phase LatestFrameSlot::drainPhase()
{
    Phase phase;
    std::array<int, kReaderGaps> gaps{};
    int gapCount = 0;
    {
        std::lock_guard lock(m_mutex);
        phase.waitsUs.reserve(static_cast<size_t>(m_undrained));
        for (int i = m_undrained; i > 0; --i)
            phase.waitsUs.push_back(m_samples[static_cast<size_t>((m_sampleNext - i + kSamples) % kSamples)].waitUs);
        m_undrained = 0;
        gaps = m_readerGapsUs;
        gapCount = m_readerGapCount;
    }
    if (gapCount > 0) {
        auto mid = gaps.begin() + gapCount / 2;
        std::nth_element(gaps.begin(), mid, gaps.begin() + gapCount);
        phase.readerPeriodUs = *mid;
    }
    return phase;
}

void LatestFrameSlot::clear()
{
    std::lock_guard lock(m_mutex);
    m_published = -1;
    m_publishedTaken = false;
    ++m_generation;
    m_undrained = 0;
}

}  // namespace vida3::studio::relay
