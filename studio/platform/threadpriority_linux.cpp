// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/threadpriority.h"

#include <algorithm>
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>

namespace vida3::studio::platform {

void lowerCurrentThreadPriority()
{
    const auto tid = static_cast<id_t>(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        (void)setpriority(PRIO_PROCESS, tid, std::min(nice + 10, 19));
}

}  // namespace vida3::studio::platform
