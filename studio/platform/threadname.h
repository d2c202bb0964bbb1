// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::studio::platform {

// Names the calling thread for debuggers, `top -H` and crash reports (at most 15 characters on
// Linux). Threads started with std::thread have no QThread name to show. Best effort.
void setCurrentThreadName(const char *name);

}  // namespace vida3::studio::platform
