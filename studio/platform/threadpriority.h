// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::studio::platform {

// Lowers the calling thread's CPU priority below the render and encode threads', without any
// privilege: on Linux its own nice value (+10; Linux ignores QThread priorities for normal
// threads), elsewhere QThread::LowPriority, which Windows and macOS honour. Best effort.
void lowerCurrentThreadPriority();

}  // namespace vida3::studio::platform
