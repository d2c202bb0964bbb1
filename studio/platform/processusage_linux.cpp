// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/processusage.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

namespace vida3::studio::platform {

ProcessUsage processUsage()
{
    ProcessUsage usage;
    rusage self{};
    if (getrusage(RUSAGE_SELF, &self) == 0)
        usage.cpuSeconds = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec)
            + double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
    // statm: size resident shared … in pages.
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        long size = 0;
        long resident = 0;
        if (std::fscanf(statm, "%ld %ld", &size, &resident) == 2)
            usage.residentBytes = int64_t{resident} * sysconf(_SC_PAGESIZE);
        std::fclose(statm);
    }
    return usage;
}

}  // namespace vida3::studio::platform
