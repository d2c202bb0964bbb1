// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QSize>

#include <array>
#include <cstdint>
#include <mutex>

namespace vida3::studio::relay {

// The newest decoded frame of one source: latest wins. One writer (the relay thread) decodes
// into a buffer no reader holds, then publishes it; the reader (the render thread) takes a
// shallow copy of the published buffer under a short lock and never waits for decoding. A
// published frame replaced before anyone took it is dropped and counted, never queued.
// Three buffers suffice: one published, one held by the reader, one being written. Buffers
// are reused; they are reallocated only when the size or format changes.
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

    // A buffer of this size and format to decode into, or nullptr if every spare buffer is
    // still held by readers (the frame is then skipped).
    QImage *beginWrite(QSize size, QImage::Format format);
    // Publishes the buffer from the last beginWrite; receivedUs is when its message arrived
    // (steady clock, for the latency measurement).
    void publish(int64_t receivedUs);

    // The newest frame if it is newer than *generation (which is updated); false otherwise.
    // nowUs feeds the receive-to-render latency samples.
    bool take(QImage *out, uint64_t *generation, int64_t nowUs);

    Counters counters() const;
    // Receive-to-take latency over the recent frames at a percentile (0..1), in ms (0 without
    // samples).
    int latencyPercentileMs(double percentile) const;
    int latencyP50Ms() const { return latencyPercentileMs(0.5); }
    void clear();

private:
    static constexpr int kBuffers = 3;
    static constexpr int kLatencySamples = 64;

    std::array<QImage, kBuffers> m_buffers;  // written without the lock: see the class comment
    int m_writing = -1;                      // writer thread only

    mutable std::mutex m_mutex;
    int m_published = -1;
    bool m_publishedTaken = false;
    bool m_hasReader = false;
    uint64_t m_generation = 0;
    int64_t m_publishedReceivedUs = 0;
    Counters m_counters;
    std::array<int, kLatencySamples> m_latencyMs{};
    int m_latencyCount = 0;
    int m_latencyNext = 0;
};

}  // namespace vida3::studio::relay
