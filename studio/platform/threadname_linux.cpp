// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/threadname.h"

#include <pthread.h>

namespace vida3::studio::platform {

void setCurrentThreadName(const char *name)
{
    pthread_setname_np(pthread_self(), name);
}

}  // namespace vida3::studio::platform
