// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace vida3::studio::audio {

// Delays interleaved PCM by a number of sample frames that may change between blocks (a
// channel's sync offset): a live source cannot be heard before it is captured, so a positive
// offset is the only one a delay line can give it. Memory is taken once, for the longest delay.
// Not thread-safe: the mixer's render thread.
class DelayLine
{
public:
    DelayLine(int channels, int maxDelayFrames);

    // Replaces inout's frames with the ones delayFrames earlier (clamped to the maximum).
    void process(float *inout, int frames, int delayFrames);
    int maxDelayFrames() const { return m_max; }

private:
    const int m_channels;
    const int m_max;
    const int64_t m_size;  // ring length in frames: the largest delay plus one block's worth
    std::vector<float> m_ring;
    int64_t m_written = 0;  // frames written since the start
};

}  // namespace vida3::studio::audio
