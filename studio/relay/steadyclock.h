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

}  // namespace vida3::studio::relay
