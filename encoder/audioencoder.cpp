// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/audioencoder.h"

#include "encoder/averror.h"

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace vida3::encoder {

namespace {
constexpr int kMaxSamplesPerCall = 8192;
}  // namespace

Expected<std::unique_ptr<AudioEncoder>> AudioEncoder::open(const AudioSettings &settings)
{
    if (Status valid = validate(settings); !valid)
        return valid.error();
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec)
        return Error{ErrorCode::Unsupported, QStringLiteral("this FFmpeg build has no AAC encoder")};

    std::unique_ptr<AudioEncoder> self(new AudioEncoder);
    self->m_settings = settings;
    self->m_codec.reset(avcodec_alloc_context3(codec));
    AVCodecContext *c = self->m_codec.get();
    c->sample_fmt = AV_SAMPLE_FMT_FLTP;
    c->sample_rate = settings.sampleRate;
    av_channel_layout_default(&c->ch_layout, settings.channels);
    c->bit_rate = int64_t{settings.bitrateKbps} * 1000;
    c->profile = FF_PROFILE_AAC_LOW;
    c->time_base = AVRational{1, settings.sampleRate};
    c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (int err = avcodec_open2(c, codec, nullptr); err < 0)
        return encoderError(QStringLiteral("cannot open the AAC encoder"), err);

    self->m_fifo.reset(av_audio_fifo_alloc(AV_SAMPLE_FMT_FLTP, settings.channels, kMaxSamplesPerCall * 2));
    self->m_frame = makeFrame();
    self->m_frame->format = AV_SAMPLE_FMT_FLTP;
    self->m_frame->nb_samples = c->frame_size;
    self->m_frame->sample_rate = settings.sampleRate;
    av_channel_layout_copy(&self->m_frame->ch_layout, &c->ch_layout);
    if (int err = av_frame_get_buffer(self->m_frame.get(), 0); err < 0)
        return encoderError(QStringLiteral("cannot allocate an audio frame"), err);
    self->m_packet = makePacket();
    self->m_planar.resize(static_cast<size_t>(kMaxSamplesPerCall * settings.channels));
    return self;
}

Status AudioEncoder::encode(const float *interleaved, int samples, PacketSink &sink)
{
    const int channels = m_settings.channels;
    while (samples > 0) {
        const int chunk = std::min(samples, kMaxSamplesPerCall);
        void *planes[2] = {m_planar.data(), m_planar.data() + kMaxSamplesPerCall};
        for (int ch = 0; ch < channels; ++ch) {
            float *plane = static_cast<float *>(planes[ch]);
            for (int i = 0; i < chunk; ++i)
                plane[i] = interleaved[i * channels + ch];
        }
        if (av_audio_fifo_write(m_fifo.get(), planes, chunk) < chunk)
            return Error{ErrorCode::EncoderFailed, QStringLiteral("audio buffer overflow")};
        interleaved += static_cast<ptrdiff_t>(chunk) * channels;
        samples -= chunk;
        if (Status s = encodeFrames(sink, false); !s)
            return s;
    }
    return Status::ok();
}

Status AudioEncoder::encodeFrames(PacketSink &sink, bool final)
{
    const int frameSize = m_codec->frame_size;
    while (av_audio_fifo_size(m_fifo.get()) >= frameSize || (final && av_audio_fifo_size(m_fifo.get()) > 0)) {
        if (int err = av_frame_make_writable(m_frame.get()); err < 0)
            return encoderError(QStringLiteral("cannot reuse the audio frame"), err);
        const int got = av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void **>(m_frame->data), frameSize);
        for (int ch = 0; ch < m_settings.channels && got < frameSize; ++ch)
            std::fill_n(reinterpret_cast<float *>(m_frame->data[ch]) + got, frameSize - got, 0.0f);
        m_frame->pts = m_nextPts;
        m_nextPts += frameSize;
        if (int err = avcodec_send_frame(m_codec.get(), m_frame.get()); err < 0)
            return encoderError(QStringLiteral("AAC encoding failed"), err);
        if (Status s = drain(sink); !s)
            return s;
    }
    return Status::ok();
}

Status AudioEncoder::flush(PacketSink &sink)
{
    if (Status s = encodeFrames(sink, true); !s)
        return s;
    avcodec_send_frame(m_codec.get(), nullptr);
    return drain(sink);
}

Status AudioEncoder::drain(PacketSink &sink)
{
    for (;;) {
        const int err = avcodec_receive_packet(m_codec.get(), m_packet.get());
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            return Status::ok();
        if (err < 0)
            return encoderError(QStringLiteral("AAC encoding failed"), err);
        m_packet->stream_index = static_cast<int>(StreamKind::Audio);
        m_packet->time_base = m_codec->time_base;
        sink.onPacket(m_packet.get());
        av_packet_unref(m_packet.get());
    }
}

}  // namespace vida3::encoder
