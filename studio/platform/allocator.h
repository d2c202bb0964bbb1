// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::studio::platform {

// Keeps the large buffers video encoding frees and allocates again in the process instead of
// returning them to the system each time. With glibc's defaults, libx264's multi-megabyte
// buffers (madvised for transparent huge pages) were unmapped and mapped again, and the kernel
// zeroed 2 MiB pages on every touch: 14-24 % of all CPU at 1080p30 here (perf:
// clear_page_erms), in the studio and the ffmpeg CLI alike, on some runs and not others.
// glibc: mmap threshold 32 MiB, trim threshold 256 MiB.
// Linux: no transparent huge pages for this process (PR_SET_THP_DISABLE). libx264 madvises its
// buffers for them, and where the kernel compacts memory to find one (defrag "madvise", the
// default) the encoder stalled for 200-350 ms in its first second: 1080p60 skipped 13-20
// frames at start in 3 runs of 3, and 0 with huge pages off, for the same total CPU.
// Elsewhere nothing. Call first in main, before any thread exists.
void keepVideoBuffersMapped();

}  // namespace vida3::studio::platform
