// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/bgratoyuv.h"

#include <libyuv/convert_from_argb.h>

namespace vida3::encoder {

bool canConvertBgraTo(AVPixelFormat format)
{
    return format == AV_PIX_FMT_YUV420P || format == AV_PIX_FMT_NV12;
}

Status convertBgraToYuv(const AVFrame &bgra, AVFrame &yuv)
{
    if (bgra.format != AV_PIX_FMT_BGRA || bgra.width != yuv.width || bgra.height != yuv.height)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the rendered frame does not match the encoder's size")};
    // libyuv's "ARGB" is a little-endian word: B, G, R, A in memory, which is AV_PIX_FMT_BGRA.
    int result = -1;
    if (yuv.format == AV_PIX_FMT_YUV420P) {
        result = libyuv::ARGBToI420(bgra.data[0], bgra.linesize[0], yuv.data[0], yuv.linesize[0], yuv.data[1],
                                    yuv.linesize[1], yuv.data[2], yuv.linesize[2], yuv.width, yuv.height);
    } else if (yuv.format == AV_PIX_FMT_NV12) {
        result = libyuv::ARGBToNV12(bgra.data[0], bgra.linesize[0], yuv.data[0], yuv.linesize[0], yuv.data[1],
                                    yuv.linesize[1], yuv.width, yuv.height);
    }
    if (result != 0)
        return Error{ErrorCode::EncoderFailed, QStringLiteral("cannot convert the frame to YUV")};
    return Status::ok();
}

}  // namespace vida3::encoder
