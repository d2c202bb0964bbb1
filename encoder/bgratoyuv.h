// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

namespace vida3::encoder {

// The rendered canvas (BGRA in memory: QImage's ARGB32 on a little-endian machine) to the
// layout an encoder takes, through libyuv's SIMD rows: 0.15 ms for a 720p frame (0.33 ms at
// 1080p) on the reference machine, where swscale's unscaled path took 2.7 ms (7.5 ms); a
// 200-frame micro-benchmark of both, README: Performance. An MSVC build of libyuv has no SIMD
// rows for x64 (vcpkg warns): unmeasured there.
//
// libyuv converts with the BT.601 matrix, limited range. The stream says so in its VUI
// (kEncodedMatrix), with BT.709 primaries and transfer as before: the canvas is sRGB, and only
// the matrix from R'G'B' to Y'CbCr changes, so decoders that read the VUI — FFmpeg, browsers,
// VLC, the platforms' transcoders — show the same colours as the BT.709 path did. A player
// that ignores the VUI and assumes BT.709 for HD shows slightly shifted hues; whether each
// hardware encoder's FFmpeg 5.1 wrapper writes the matrix is untested (no GPU here).
inline constexpr AVColorSpace kEncodedMatrix = AVCOL_SPC_SMPTE170M;

// True for the layouts convertBgraToYuv() writes: YUV420P (x264) and NV12 (hardware encoders).
bool canConvertBgraTo(AVPixelFormat format);

// Converts bgra into yuv's planes, which must be allocated, writable and of the same size.
Status convertBgraToYuv(const AVFrame &bgra, AVFrame &yuv);

}  // namespace vida3::encoder
