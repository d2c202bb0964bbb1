// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/allocator.h"

namespace vida3::studio::platform {

void keepVideoBuffersMapped()
{
    // The Windows and macOS allocators keep freed large blocks for reuse by themselves.
}

}  // namespace vida3::studio::platform
