// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encoderpipeline.h"
#include "encoder/videoframepool.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace vida3::studio {

// Where rendered frames go while encoding: the pipeline and the pool its frames come from.
struct RenderTarget
{
    std::shared_ptr<encoder::EncoderPipeline> pipeline;
    std::shared_ptr<encoder::VideoFramePool> pool;
    // When > 0, the output is exactly this many frame intervals long (--duration is output
    // time): later ticks render for the preview only, and onComplete runs once on the render
    // thread when the last one was handed over.
    int64_t frameLimit = 0;
    std::function<void()> onComplete;
};

}  // namespace vida3::studio
