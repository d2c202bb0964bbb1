// SPDX-License-Identifier: GPL-2.0-or-later
// Windows and macOS: CPU time only; resident memory is not read here yet (0: the Stats dock
// leaves that graph out). Not built on the Linux machines the tests run on.
#include "studio/platform/processusage.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <sys/resource.h>
#endif

namespace vida3::studio::platform {

ProcessUsage processUsage()
{
    ProcessUsage usage;
#ifdef _WIN32
    FILETIME created{}, exited{}, kernel{}, user{};
    if (GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user)) {
        const auto ticks = [](const FILETIME &t) { return (uint64_t(t.dwHighDateTime) << 32) | t.dwLowDateTime; };
        usage.cpuSeconds = double(ticks(kernel) + ticks(user)) / 1e7;  // 100 ns units
    }
#else
    rusage self{};
    if (getrusage(RUSAGE_SELF, &self) == 0)
        usage.cpuSeconds = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec)
            + double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
#endif
    return usage;
}

}  // namespace vida3::studio::platform
