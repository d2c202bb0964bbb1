// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <chrono>
#include <cstdint>

namespace vida3::studio {

// Constant frame rate from a monotonic clock: frame i is due at start + i/fps exactly, so
// timestamps come from the frame index and never from wall-clock jitter.
// A render thread that wakes late (a busy machine can hold a runnable thread back for tens of
// milliseconds) catches up: a frame less than kCatchUp overdue is still rendered, at once, so a
// scheduling hiccup costs no frame — the output is constant-rate whatever the wake-up times.
// Beyond kCatchUp the clock moves on to the frame due now and reports the frames in between as
// missed, so sustained overload cannot build an ever-growing backlog.
// Pure arithmetic on time points: deterministic to test. Not thread-safe (render thread).
class FrameClock
{
public:
    using Clock = std::chrono::steady_clock;
    // How overdue a frame may be and still be rendered. Bounded by what the encoder's frame
    // pool absorbs as a burst: 100 ms is 3 frames at 30 fps, 6 at 60.
    static constexpr std::chrono::milliseconds kCatchUp{100};

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
