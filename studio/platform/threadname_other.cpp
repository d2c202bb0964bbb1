// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/threadname.h"

namespace vida3::studio::platform {

// Windows (SetThreadDescription) and macOS (pthread_setname_np with one argument) could name it
// too; until a crash reporter there needs it, the thread stays unnamed.
void setCurrentThreadName(const char *) {}

}  // namespace vida3::studio::platform
