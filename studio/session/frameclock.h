// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <chrono>
#include <cstdint>

namespace vida3::studio {

// Constant frame rate from a monotonic clock: frame i is due at start + i/fps exactly, so
// timestamps come from the frame index and never from wall-clock jitter. When rendering falls
// more than a frame behind, the clock moves on to the frame due now and reports the frames in
// between as missed, instead of drifting or bunching frames up.
// Pure arithmetic on time points: deterministic to test. Not thread-safe (render thread).
class FrameClock
{
public:
    using Clock = std::chrono::steady_clock;

    explicit FrameClock(int fps);

    void start(Clock::time_point origin);
    Clock::time_point deadline(int64_t frameIndex) const;
    // The index to render next after frameIndex was rendered and it is now `now`; frames
    // skipped over are added to missed().
    int64_t advance(int64_t frameIndex, Clock::time_point now);
    int64_t missed() const { return m_missed; }
    int fps() const { return m_fps; }
    // Seconds of frame frameIndex on the stream's timeline.
    double seconds(int64_t frameIndex) const { return static_cast<double>(frameIndex) / m_fps; }

private:
    int m_fps;
    Clock::time_point m_origin;
    int64_t m_missed = 0;
};

}  // namespace vida3::studio
