// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <chrono>
#include <cstdint>

namespace vida3::studio::relay {

// The monotonic clock the relay stamps receipt with and the render thread measures latency
// against: the same clock on every thread.
inline int64_t steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline int64_t steadyMs()
{
    return steadyUs() / 1000;
}

// Wall-clock time in µs since the Unix epoch: only to relate a sender's timestamps (which are
// on its own wall clock) to ours; intervals are always measured on steadyUs().
inline int64_t wallUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace vida3::studio::relay
