// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/videoconverter.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <cstring>

namespace vida3::studio::media {

namespace {
// The deprecated full-range JPEG formats say "full range" by their name.
AVPixelFormat withoutJpegAlias(AVPixelFormat format, bool *fullRange)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P: *fullRange = true; return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P: *fullRange = true; return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P: *fullRange = true; return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P: *fullRange = true; return AV_PIX_FMT_YUV440P;
    default: return format;
    }
}
}  // namespace

VideoConverter::~VideoConverter()
{
    sws_freeContext(m_sws);
}

bool VideoConverter::convert(const AVFrame *frame, QImage &target)
{
    if (!frame || frame->width <= 0 || frame->height <= 0 || target.isNull())
        return false;
    bool fullRange = frame->color_range == AVCOL_RANGE_JPEG;
    const auto format = withoutJpegAlias(static_cast<AVPixelFormat>(frame->format), &fullRange);
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(format);
    if (!desc)
        return false;
    const bool alpha = (desc->flags & AV_PIX_FMT_FLAG_ALPHA) != 0;
    const bool rgb = (desc->flags & AV_PIX_FMT_FLAG_RGB) != 0;
    m_sws = sws_getCachedContext(m_sws, frame->width, frame->height, format, target.width(), target.height(),
                                 AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!m_sws)
        return false;
    if (!rgb) {
        const int colorspace = frame->colorspace == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT;
        sws_setColorspaceDetails(m_sws, sws_getCoefficients(colorspace), fullRange ? 1 : 0,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
    }
    // libswscale's SIMD writers fill whole blocks of pixels: for a width that is not a multiple
    // of kBlockPixels they write past the end of each row, and past the end of an exactly
    // sized image on its last row (valgrind: "Invalid write" in sws_scale for 37x19). Such
    // widths go through a buffer with room to spare, then row by row into the image.
    const bool direct = target.width() % kBlockPixels == 0;
    const int stride = direct ? static_cast<int>(target.bytesPerLine())
                              : (target.width() + kBlockPixels) * 4;
    if (!direct)
        m_scratch.resize(static_cast<size_t>(stride) * static_cast<size_t>(target.height() + 1));
    uint8_t *dst[4] = {direct ? target.bits() : m_scratch.data(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {stride, 0, 0, 0};
    if (sws_scale(m_sws, frame->data, frame->linesize, 0, frame->height, dst, dstStride) != target.height())
        return false;
    if (!direct) {
        const size_t rowBytes = static_cast<size_t>(target.width()) * 4;
        for (int y = 0; y < target.height(); ++y)
            std::memcpy(target.scanLine(y), m_scratch.data() + static_cast<size_t>(y) * static_cast<size_t>(stride), rowBytes);
    }
    if (alpha) {
        // swscale writes straight alpha; the image is premultiplied. (From an opaque format
        // swscale fills alpha with 255 itself: no pass over the picture.)
        for (int y = 0; y < target.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(target.scanLine(y));
            for (int x = 0; x < target.width(); ++x)
                line[x] = qPremultiply(line[x]);
        }
    }
    return true;
}

}  // namespace vida3::studio::media
