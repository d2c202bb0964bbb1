// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>

namespace vida3::studio::platform {

// What this process uses so far: CPU time of all its threads and its resident memory.
struct ProcessUsage
{
    double cpuSeconds = 0;
    int64_t residentBytes = 0;  // 0 where the system does not say
};
ProcessUsage processUsage();

}  // namespace vida3::studio::platform
