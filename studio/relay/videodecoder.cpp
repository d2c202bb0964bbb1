// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/videodecoder.h"

#include "studio/relay/latestframeslot.h"
#include "studio/relay/steadyclock.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QImage>

#include <cstring>

namespace vida3::studio::relay {

namespace {
AVCodecID codecId(MediaCodec codec)
{
    switch (codec) {
    case MediaCodec::H264: return AV_CODEC_ID_H264;
    case MediaCodec::Jpeg: return AV_CODEC_ID_MJPEG;
    case MediaCodec::WebP: return AV_CODEC_ID_WEBP;
    case MediaCodec::Png: return AV_CODEC_ID_PNG;
    default: return AV_CODEC_ID_NONE;
    }
}

Error decodeError(const QString &detail)
{
    return Error{ErrorCode::Unsupported, detail};
}

}  // namespace

VideoDecoder::VideoDecoder() : m_packet(encoder::makePacket()), m_frame(encoder::makeFrame()), m_newest(encoder::makeFrame()) {}

VideoDecoder::~VideoDecoder() = default;

void VideoDecoder::resync()
{
    m_h264Synced = false;
    if (m_open && m_codec == MediaCodec::H264)
        avcodec_flush_buffers(m_context.get());
}

Status VideoDecoder::openCodec(MediaCodec codec)
{
    if (m_open && m_codec == codec)
        return Status::ok();
    m_context.reset();
    m_open = false;
    const AVCodec *decoder = avcodec_find_decoder(codecId(codec));
    if (!decoder)
        return decodeError(QStringLiteral("this build of libavcodec has no %1 decoder").arg(codecName(codec)));
    encoder::AvCodecContextPtr context(avcodec_alloc_context3(decoder));
    if (!context)
        return decodeError(QStringLiteral("out of memory"));
    // No bitstream may make the decoder allocate more than the protocol's largest frame.
    context->max_pixels = int64_t{kMaxWidth} * kMaxHeight;
    context->thread_count = 1;                     // latency over throughput: one frame in, one out
    context->flags |= AV_CODEC_FLAG_LOW_DELAY;
    context->err_recognition = AV_EF_CRCCHECK | AV_EF_BITSTREAM;
    if (avcodec_open2(context.get(), decoder, nullptr) < 0)
        return decodeError(QStringLiteral("cannot open the %1 decoder").arg(codecName(codec)));
    m_context = std::move(context);
    m_codec = codec;
    m_open = true;
    m_h264Synced = false;
    return Status::ok();
}

Expected<VideoDecoder::Result> VideoDecoder::decode(const MediaHeader &header, QByteArrayView payload,
                                                    LatestFrameSlot &slot, const FrameStamps &stamps)
{
    if (header.codec == MediaCodec::Rgba)
        return copyRgba(header, payload, slot, stamps);
    if (Status opened = openCodec(header.codec); !opened)
        return opened.error();
    if (header.codec == MediaCodec::H264 && !m_h264Synced) {
        if (!header.isKeyframe())
            return Result::NeedsKeyframe;
        avcodec_flush_buffers(m_context.get());
        m_h264Synced = true;
    }
    Expected<Result> result = decodeWithLibav(header, payload, slot, stamps);
    if (!result && header.codec == MediaCodec::H264) {
        resync();
        return Result::NeedsKeyframe;
    }
    return result;
}

Expected<VideoDecoder::Result> VideoDecoder::decodeWithLibav(const MediaHeader &header, QByteArrayView payload,
                                                             LatestFrameSlot &slot, const FrameStamps &stamps)
{
    av_packet_unref(m_packet.get());
    if (av_new_packet(m_packet.get(), static_cast<int>(payload.size())) < 0)
        return decodeError(QStringLiteral("out of memory"));
    std::memcpy(m_packet->data, payload.data(), static_cast<size_t>(payload.size()));
    m_packet->pts = header.timestampUs;
    if (header.isKeyframe())
        m_packet->flags |= AV_PKT_FLAG_KEY;
    int rc = avcodec_send_packet(m_context.get(), m_packet.get());
    av_packet_unref(m_packet.get());
    if (rc < 0 && rc != AVERROR(EAGAIN))
        return decodeError(QStringLiteral("%1 payload does not decode").arg(codecName(header.codec)));
    Result result = Result::Skipped;
    // Latest wins inside one message too: only the last frame it yields is converted.
    bool haveFrame = false;
    AVFrame *newest = m_newest.get();
    while ((rc = avcodec_receive_frame(m_context.get(), m_frame.get())) >= 0) {
        av_frame_unref(newest);
        av_frame_move_ref(newest, m_frame.get());
        haveFrame = true;
    }
    if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF)
        return decodeError(QStringLiteral("%1 payload does not decode").arg(codecName(header.codec)));
    if (haveFrame && convertInto(newest, slot, stamps))
        result = Result::Published;
    av_frame_unref(newest);
    // Image codecs hold no state between messages; H.264 keeps its reference frames.
    if (header.codec != MediaCodec::H264)
        avcodec_flush_buffers(m_context.get());
    return result;
}

bool VideoDecoder::convertInto(const AVFrame *frame, LatestFrameSlot &slot, const FrameStamps &stamps)
{
    if (frame->width < 1 || frame->height < 1 || frame->width > kMaxWidth || frame->height > kMaxHeight)
        return false;
    QImage *target = slot.beginWrite(QSize(frame->width, frame->height), QImage::Format_ARGB32_Premultiplied);
    if (!target || !m_converter.convert(frame, *target))
        return false;
    m_width = frame->width;
    m_height = frame->height;
    slot.publish(stamps, steadyUs());
    return true;
}

Expected<VideoDecoder::Result> VideoDecoder::copyRgba(const MediaHeader &header, QByteArrayView payload,
                                                      LatestFrameSlot &slot, const FrameStamps &stamps)
{
    const int64_t expected = int64_t{header.width} * header.height * 4;
    if (payload.size() != expected)
        return decodeError(QStringLiteral("raw RGBA of the wrong size"));
    QImage *target = slot.beginWrite(QSize(header.width, header.height), QImage::Format_ARGB32_Premultiplied);
    if (!target)
        return Result::Skipped;
    const auto *src = reinterpret_cast<const uint8_t *>(payload.data());
    for (int y = 0; y < header.height; ++y) {
        const uint8_t *in = src + static_cast<ptrdiff_t>(y) * header.width * 4;
        auto *out = reinterpret_cast<QRgb *>(target->scanLine(y));
        for (int x = 0; x < header.width; ++x, in += 4)
            out[x] = qPremultiply(qRgba(in[0], in[1], in[2], in[3]));
    }
    m_width = header.width;
    m_height = header.height;
    slot.publish(stamps, steadyUs());
    return Result::Published;
}

}  // namespace vida3::studio::relay
