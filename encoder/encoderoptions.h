// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encodersettings.h"
#include "encoder/videoencoderkind.h"

namespace vida3::encoder {

// The private options of each encoder for the studio's rules, which are the same for all:
// constant bitrate (VBV max rate = buffer = bitrate), an IDR exactly where the studio forces one
// (every keyframe interval, no scene-cut keyframes), the chosen profile, and the fastest setting
// that still holds realtime. Codec-context fields (bitrate, GOP) are set by VideoEncoder.
QList<CodecOption> encoderOptions(VideoEncoderKind kind, const VideoSettings &video);

}  // namespace vida3::encoder
