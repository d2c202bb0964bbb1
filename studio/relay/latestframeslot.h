// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QSize>

#include <array>
#include <cstdint>
#include <mutex>
#include <vector>

namespace vida3::studio::relay {

// When a frame's message arrived (steady clock, µs) and, when the sender's clock is known,
// when the sender captured it (converted to the steady clock; 0 = unknown).
struct FrameStamps
{
    int64_t receivedUs = 0;
    int64_t capturedUs = 0;
};

// The newest decoded frame of one source: latest wins. One writer (the source's decode lane) decodes
// into a buffer no reader holds, then publishes it; the reader (the render thread) takes a
// shallow copy of the published buffer under a short lock and never waits for decoding. A
// published frame replaced before anyone took it is dropped and counted, never queued.
// Three buffers suffice: one published, one held by the reader, one being written. Buffers
// are reused; they are reallocated only when the size or format changes.
// It also measures, for each frame the reader takes, the latency from receipt (and from
// capture) and how long the decoded frame waited for the reader: the phase between the
// source's frames and the render ticks, which PhaseAligner turns into a pace hint.
// Thread-safety: beginWrite/publish from one writer thread; take/counters from any thread.
class LatestFrameSlot
{
public:
    struct Counters
    {
        int64_t published = 0;
        int64_t taken = 0;
        int64_t dropped = 0;  // replaced before a reader took them (once a reader exists)
    };

    // The waits (publish → take, µs) of the frames taken since the last call, and the reader's
    // period (the median gap between its take() calls, µs; 0 before it has one).
    struct Phase
    {
        std::vector<int> waitsUs;
        int readerPeriodUs = 0;
    };

    // A buffer of this size and format to decode into, or nullptr if every spare buffer is
    // still held by readers (the frame is then skipped).
    QImage *beginWrite(QSize size, QImage::Format format);
    // Publishes the buffer from the last beginWrite; publishedUs is now on the steady clock.
    void publish(const FrameStamps &stamps, int64_t publishedUs);

    // The newest frame if it is newer than *generation (which is updated); false otherwise.
    // Called once per render tick; nowUs (steady clock) feeds the latency and phase samples.
    bool take(QImage *out, uint64_t *generation, int64_t nowUs);

    Counters counters() const;
    // Receive-to-take latency over the recent frames at a percentile (0..1), in ms (0 without
    // samples).
    int latencyPercentileMs(double percentile) const;
    int latencyP50Ms() const { return latencyPercentileMs(0.5); }
    // Capture-to-take latency (the sender's capture, in ms), or -1 while the sender's clock is
    // unknown.
    int captureLatencyPercentileMs(double percentile) const;
    // Any thread: the phase samples since the previous call.
    Phase drainPhase();
    void clear();

private:
    static constexpr int kBuffers = 3;
    static constexpr int kSamples = 64;
    static constexpr int kReaderGaps = 15;

    struct Sample
    {
        int latencyMs = 0;
        int captureLatencyMs = -1;
        int waitUs = 0;
    };

    int percentileOf(int Sample::*field, double percentile) const;

    std::array<QImage, kBuffers> m_buffers;  // written without the lock: see the class comment
    int m_writing = -1;                      // writer thread only

    mutable std::mutex m_mutex;
    int m_published = -1;
    bool m_publishedTaken = false;
    bool m_hasReader = false;
    uint64_t m_generation = 0;
    FrameStamps m_publishedStamps;
    int64_t m_publishedAtUs = 0;
    Counters m_counters;
    std::array<Sample, kSamples> m_samples{};
    int m_sampleCount = 0;
    int m_sampleNext = 0;
    int m_undrained = 0;  // samples since the last drainPhase(), at most kSamples
    int64_t m_lastTakeUs = 0;
    std::array<int, kReaderGaps> m_readerGapsUs{};
    int m_readerGapCount = 0;
    int m_readerGapNext = 0;
};

}  // namespace vida3::studio::relay
