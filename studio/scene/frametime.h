// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace vida3::studio {

// The time of one output frame. Animation derives from the frame index, never the wall
// clock, so a frame renders identically however late the render thread runs.
struct FrameTime
{
    qint64 frameIndex = 0;
    double seconds = 0.0;

    static constexpr FrameTime fromIndex(qint64 index, double fps)
    {
        return FrameTime{index, fps > 0.0 ? static_cast<double>(index) / fps : 0.0};
    }
};

} // namespace vida3::studio
