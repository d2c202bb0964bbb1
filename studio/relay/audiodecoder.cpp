// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/audiodecoder.h"

#include "studio/audio/pcmring.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include <cstring>

namespace vida3::studio::relay {

namespace {
Error audioError(const QString &detail)
{
    return Error{ErrorCode::Unsupported, detail};
}
// One Opus packet holds at most 120 ms; one PCM message at most 1 s (the size cap).
constexpr int kMaxInputFramesPerMessage = kMaxSampleRate;
}  // namespace

AudioDecoder::AudioDecoder(int outputSampleRate, int outputChannels)
    : m_outRate(outputSampleRate), m_outChannels(outputChannels), m_packet(encoder::makePacket()),
      m_frame(encoder::makeFrame())
{
}

AudioDecoder::~AudioDecoder()
{
    swr_free(&m_swr);
}

Status AudioDecoder::openOpus(int channels)
{
    if (m_opus && m_opusChannels == channels)
        return Status::ok();
    m_opus.reset();
    const AVCodec *codec = avcodec_find_decoder(AV_CODEC_ID_OPUS);
    if (!codec)
        return audioError(QStringLiteral("this build of libavcodec has no Opus decoder"));
    encoder::AvCodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        return audioError(QStringLiteral("out of memory"));
    context->sample_rate = 48000;  // Opus always decodes at 48 kHz
    av_channel_layout_default(&context->ch_layout, channels);
    if (avcodec_open2(context.get(), codec, nullptr) < 0)
        return audioError(QStringLiteral("cannot open the Opus decoder"));
    m_opus = std::move(context);
    m_opusChannels = channels;
    return Status::ok();
}

Status AudioDecoder::ensureResampler(AVSampleFormat format, int sampleRate, int channels)
{
    if (m_swr && format == m_inFormat && sampleRate == m_inRate && channels == m_inChannels)
        return Status::ok();
    swr_free(&m_swr);
    AVChannelLayout in{};
    AVChannelLayout out{};
    av_channel_layout_default(&in, channels);
    av_channel_layout_default(&out, m_outChannels);
    const int rc = swr_alloc_set_opts2(&m_swr, &out, AV_SAMPLE_FMT_FLT, m_outRate, &in, format, sampleRate, 0, nullptr);
    av_channel_layout_uninit(&in);
    av_channel_layout_uninit(&out);
    if (rc < 0 || !m_swr || swr_init(m_swr) < 0) {
        swr_free(&m_swr);
        return audioError(QStringLiteral("cannot resample %1 Hz x%2 to %3 Hz x%4")
                              .arg(sampleRate).arg(channels).arg(m_outRate).arg(m_outChannels));
    }
    m_inFormat = format;
    m_inRate = sampleRate;
    m_inChannels = channels;
    return Status::ok();
}

Expected<int> AudioDecoder::resample(const uint8_t **planes, int frames, PcmRing &ring)
{
    if (frames <= 0 || frames > kMaxInputFramesPerMessage)
        return 0;
    const int capacity = swr_get_out_samples(m_swr, frames);
    if (capacity <= 0)
        return 0;
    m_out.resize(static_cast<size_t>(capacity) * static_cast<size_t>(m_outChannels));
    auto *out = reinterpret_cast<uint8_t *>(m_out.data());
    const int produced = swr_convert(m_swr, &out, capacity, planes, frames);
    if (produced < 0)
        return audioError(QStringLiteral("resampling failed"));
    ring.write(m_out.data(), produced);
    return produced;
}

Expected<int> AudioDecoder::decode(const MediaHeader &header, QByteArrayView payload, PcmRing &ring)
{
    if (ring.channels() != m_outChannels)
        return audioError(QStringLiteral("the ring's channel count differs from the output's"));
    if (header.codec == MediaCodec::PcmS16) {
        if (Status ok = ensureResampler(AV_SAMPLE_FMT_S16, header.sampleRate, header.channels); !ok)
            return ok.error();
        const auto *data = reinterpret_cast<const uint8_t *>(payload.data());
        const int frames = static_cast<int>(payload.size() / (2 * header.channels));
        return resample(&data, frames, ring);
    }
    if (header.codec != MediaCodec::Opus)
        return audioError(QStringLiteral("not an audio codec"));
    if (Status ok = openOpus(header.channels); !ok)
        return ok.error();
    av_packet_unref(m_packet.get());
    if (av_new_packet(m_packet.get(), static_cast<int>(payload.size())) < 0)
        return audioError(QStringLiteral("out of memory"));
    std::memcpy(m_packet->data, payload.data(), static_cast<size_t>(payload.size()));
    int rc = avcodec_send_packet(m_opus.get(), m_packet.get());
    av_packet_unref(m_packet.get());
    if (rc < 0 && rc != AVERROR(EAGAIN))
        return audioError(QStringLiteral("Opus packet does not decode"));
    int total = 0;
    while ((rc = avcodec_receive_frame(m_opus.get(), m_frame.get())) >= 0) {
        const AVFrame *f = m_frame.get();
        Status ok = ensureResampler(static_cast<AVSampleFormat>(f->format), f->sample_rate, f->ch_layout.nb_channels);
        Expected<int> added = ok ? resample(const_cast<const uint8_t **>(f->extended_data), f->nb_samples, ring) : Expected<int>(ok.error());
        av_frame_unref(m_frame.get());
        if (!added)
            return added.error();
        total += *added;
    }
    if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF)
        return audioError(QStringLiteral("Opus packet does not decode"));
    return total;
}

}  // namespace vida3::studio::relay
