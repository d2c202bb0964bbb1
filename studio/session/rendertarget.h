// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encoderpipeline.h"
#include "encoder/videoframepool.h"

#include <memory>

namespace vida3::studio {

// Where rendered frames go while encoding: the pipeline and the pool its frames come from.
struct RenderTarget
{
    std::shared_ptr<encoder::EncoderPipeline> pipeline;
    std::shared_ptr<encoder::VideoFramePool> pool;
};

}  // namespace vida3::studio
