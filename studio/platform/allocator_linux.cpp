// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/allocator.h"

#include <sys/prctl.h>  // also defines __GLIBC__ (through features.h) on glibc systems
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vida3::studio::platform {

void keepVideoBuffersMapped()
{
#if defined(__GLIBC__)
    // Setting them also stops glibc's dynamic threshold from moving them again.
    (void)mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    (void)mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    // Inherited by threads and by child processes, and kept across exec. Best effort.
    (void)prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
}

}  // namespace vida3::studio::platform
