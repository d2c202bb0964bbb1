// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/frameclock.h"

namespace vida3::studio {

FrameClock::FrameClock(int fps) : m_fps(fps > 0 ? fps : 30) {}

void FrameClock::start(Clock::time_point origin)
{
    m_origin = origin;
    m_missed = 0;
}

FrameClock::Clock::time_point FrameClock::deadline(int64_t frameIndex) const
{
    // Integer nanoseconds: index * 1e9 / fps cannot accumulate rounding error.
    return m_origin + std::chrono::nanoseconds(frameIndex * 1'000'000'000 / m_fps);
}

int64_t FrameClock::advance(int64_t frameIndex, Clock::time_point now)
{
    int64_t next = frameIndex + 1;
    // Overdue by more than the catch-up allowance: the frames whose time has passed are missed.
    if (now > deadline(next) + kCatchUp) {
        const auto elapsedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(now - m_origin).count();
        const int64_t due = elapsedNs * m_fps / 1'000'000'000;
        m_missed += due - next;
        next = due;
    }
    return next;
}

}  // namespace vida3::studio
