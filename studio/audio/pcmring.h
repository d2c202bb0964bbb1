// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <mutex>
#include <vector>

namespace vida3::studio::audio {

// Interleaved float PCM of one source, already at the output's rate and channel count, from
// the relay thread to the audio mixer. Bounded: when the writer gets ahead by more than the
// capacity, the oldest samples go (counted). The reader waits for a small prebuffer after
// each underrun so network jitter does not click, and trims the backlog when it grows past
// maxLatencyFrames so delay never accumulates.
// Thread-safety: write from one thread, mixInto from another; short critical sections.
class PcmRing
{
public:
    PcmRing(int channels, int capacityFrames, int prebufferFrames, int maxLatencyFrames);

    void write(const float *interleaved, int frames);
    // Adds up to frames frames into out (mixing, not replacing); returns the frames it had.
    int mixInto(float *out, int frames);
    void clear();

    int channels() const { return m_channels; }
    int bufferedFrames() const;
    int64_t overrunFrames() const;
    int64_t underrunFrames() const;

private:
    const int m_channels;
    const int m_capacity;
    const int m_prebuffer;
    const int m_maxLatency;
    mutable std::mutex m_mutex;
    std::vector<float> m_data;
    int m_read = 0;
    int m_size = 0;
    bool m_primed = false;
    int64_t m_overrun = 0;
    int64_t m_underrun = 0;
};

}  // namespace vida3::studio::audio
