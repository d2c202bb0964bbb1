// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/videoencoder.h"

#include "encoder/averror.h"
#include "encoder/bgratoyuv.h"
#include "encoder/encoderoptions.h"

namespace vida3::encoder {


Expected<std::unique_ptr<VideoEncoder>> VideoEncoder::open(const VideoSettings &settings)
{
    if (Status valid = validate(settings); !valid)
        return valid.error();
    const VideoEncoderKind kind = settings.encoderKind;
    if (kind == VideoEncoderKind::Auto)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("choose the encoder before opening it")};
    const AVCodec *codec = avcodec_find_encoder_by_name(libavEncoderName(kind));
    if (!codec)
        return Error{ErrorCode::Unsupported, QStringLiteral("this FFmpeg build has no %1 encoder")
                                                 .arg(QString::fromLatin1(libavEncoderName(kind)))};

    std::unique_ptr<VideoEncoder> self(new VideoEncoder);
    self->m_settings = settings;
    const AVPixelFormat softwareFormat = softwarePixelFormat(kind);
    if (!canConvertBgraTo(softwareFormat))
        return Error{ErrorCode::Unsupported, QStringLiteral("no conversion to the %1 encoder's pixel format")
                                                 .arg(encoderKindLabel(kind))};
    if (kind == VideoEncoderKind::Vaapi) {
        auto hw = HwFrames::openVaapi(settings.vaapiDevice, settings.width, settings.height, softwareFormat);
        if (!hw)
            return hw.error();
        self->m_hw.emplace(std::move(hw).value());
    }
    self->m_codec.reset(avcodec_alloc_context3(codec));
    AVCodecContext *c = self->m_codec.get();
    c->width = settings.width;
    c->height = settings.height;
    c->pix_fmt = self->m_hw ? self->m_hw->hardwareFormat() : softwareFormat;
    if (self->m_hw)
        c->hw_frames_ctx = self->m_hw->framesReference();
    c->time_base = AVRational{1, settings.fps};
    c->framerate = AVRational{settings.fps, 1};
    c->gop_size = settings.keyintFrames();
    c->keyint_min = settings.keyintFrames();
    if (settings.noBFrames)
        c->max_b_frames = 0;
    c->bit_rate = int64_t{settings.bitrateKbps} * 1000;
    c->rc_max_rate = c->bit_rate;
    c->rc_buffer_size = static_cast<int>(c->bit_rate);
    c->color_range = AVCOL_RANGE_MPEG;
    c->colorspace = kEncodedMatrix;  // the matrix the conversion uses (bgratoyuv.h)
    c->color_primaries = AVCOL_PRI_BT709;
    c->color_trc = AVCOL_TRC_BT709;
    // FLV and Matroska carry SPS/PPS in the container header.
    c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    AvDictionary options;
    // An "auto" x264 speed reaches x264 as the one chosen for this machine (x264Options).
    for (const CodecOption &option : encoderOptions(kind, settings))
        options.set(option.name.constData(), option.value.constData());
    if (int err = avcodec_open2(c, codec, options.out()); err < 0)
        return encoderError(QStringLiteral("cannot open the %1 encoder").arg(encoderKindLabel(kind)), err);

    self->m_yuv = makeFrame();
    self->m_yuv->format = softwareFormat;
    self->m_yuv->width = settings.width;
    self->m_yuv->height = settings.height;
    if (int err = av_frame_get_buffer(self->m_yuv.get(), 64); err < 0)
        return encoderError(QStringLiteral("cannot allocate a video frame"), err);
    self->m_packet = makePacket();
    self->m_currentKbps = settings.bitrateKbps;
    self->m_requestedKbps = settings.bitrateKbps;
    return self;
}

void VideoEncoder::applyRequestedBitrate()
{
    const int requested = m_requestedKbps.load();
    if (requested == m_currentKbps.load() || requested <= 0 || !supportsLiveBitrate(kind()))
        return;
    // libx264's wrapper reconfigures x264 when these change between frames; raising the rate
    // needs all three together (see shared reference: headless.md).
    AVCodecContext *c = m_codec.get();
    c->bit_rate = int64_t{requested} * 1000;
    c->rc_max_rate = c->bit_rate;
    c->rc_buffer_size = static_cast<int>(c->bit_rate);
    m_currentKbps = requested;
}

Status VideoEncoder::encode(const AVFrame *bgra, int64_t pts, PacketSink &sink)
{
    // The encoder may still reference the previous picture's buffers: get writable ones.
    if (int err = av_frame_make_writable(m_yuv.get()); err < 0)
        return encoderError(QStringLiteral("cannot reuse the video frame"), err);
    if (Status converted = convertBgraToYuv(*bgra, *m_yuv); !converted)
        return converted;
    m_yuv->pts = pts;
    // Keyframes on the time grid (every keyint seconds of pts), not every N encoded frames:
    // a frame skipped under load must not shift the cadence platforms check.
    const bool onGrid = pts >= m_nextKeyframePts;
    if (onGrid) {
        const int64_t keyint = m_settings.keyintFrames();
        m_nextKeyframePts = (pts / keyint + 1) * keyint;
    }
    m_yuv->pict_type = onGrid || m_forceKeyframe ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
    m_forceKeyframe = false;
    applyRequestedBitrate();
    if (m_settings.failAtFrameForTest > 0 && pts >= m_settings.failAtFrameForTest)
        return Error{ErrorCode::EncoderFailed, QStringLiteral("%1 stopped working (simulated by the test hook)")
                                                   .arg(encoderKindLabel(kind()))};
    AVFrame *input = m_yuv.get();
    AvFramePtr uploaded;
    if (m_hw) {
        auto gpu = m_hw->upload(m_yuv.get());
        if (!gpu)
            return gpu.error();
        uploaded = std::move(gpu).value();
        input = uploaded.get();
    }
    if (int err = avcodec_send_frame(m_codec.get(), input); err < 0)
        return encoderError(QStringLiteral("H.264 encoding failed"), err);
    return drain(sink);
}

Status VideoEncoder::flush(PacketSink &sink)
{
    avcodec_send_frame(m_codec.get(), nullptr);
    return drain(sink);
}

Status VideoEncoder::drain(PacketSink &sink)
{
    for (;;) {
        const int err = avcodec_receive_packet(m_codec.get(), m_packet.get());
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            return Status::ok();
        if (err < 0)
            return encoderError(QStringLiteral("H.264 encoding failed"), err);
        m_packet->stream_index = static_cast<int>(StreamKind::Video);
        m_packet->time_base = m_codec->time_base;
        sink.onPacket(m_packet.get());
        av_packet_unref(m_packet.get());
    }
}

}  // namespace vida3::encoder
