// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace vida3::encoder {

// How much other frames depend on an H.264 access unit, from its slice NAL headers: what a
// congested output may drop first without breaking the decoder downstream.
// libx264 (through libavcodec 59) marks no packet disposable, so the bitstream is read.
enum class FramePriority : int {
    Disposable = 0,  // nal_ref_idc 0: nothing references it (non-reference B-frame)
    Reference = 2,   // P or reference B: later frames until the next keyframe need it
    Keyframe = 3,    // IDR: decoding can (re)start here
};

// Annex B access unit (start codes), as libx264 emits it. Unknown or empty data counts as
// Reference, the safe side.
FramePriority h264FramePriority(const uint8_t *data, size_t size);

}  // namespace vida3::encoder
