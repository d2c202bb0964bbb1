// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/allocator.h"

namespace vida3::studio::platform {

void keepVideoBuffersMapped()
{
    // Not measured on Windows or macOS: their allocators and huge-page policies differ.
}

}  // namespace vida3::studio::platform
