// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/h264priority.h"

namespace vida3::encoder {

namespace {
constexpr int kNalSlice = 1;
constexpr int kNalIdrSlice = 5;
}  // namespace

FramePriority h264FramePriority(const uint8_t *data, size_t size)
{
    // Walk the start codes; the first slice NAL decides (all slices of a picture share it).
    for (size_t i = 0; i + 3 < size; ++i) {
        if (data[i] != 0 || data[i + 1] != 0 || data[i + 2] != 1)
            continue;
        const uint8_t header = data[i + 3];
        const int type = header & 0x1f;
        const int refIdc = (header >> 5) & 0x3;
        if (type == kNalIdrSlice)
            return FramePriority::Keyframe;
        if (type == kNalSlice)
            return refIdc == 0 ? FramePriority::Disposable : FramePriority::Reference;
        i += 3;
    }
    return FramePriority::Reference;
}

}  // namespace vida3::encoder
