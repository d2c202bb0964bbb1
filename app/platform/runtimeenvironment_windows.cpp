// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/platform/runtimeenvironment.h"

namespace vida3::app::platform {

bool hasDisplay()
{
    return true;
}

void ensureRuntimeDir() {}

}  // namespace vida3::app::platform
