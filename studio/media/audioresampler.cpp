// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/audioresampler.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
}

namespace vida3::studio::media {

AudioResampler::AudioResampler(int outputRate, int outputChannels) : m_outRate(outputRate), m_outChannels(outputChannels)
{
}

AudioResampler::~AudioResampler()
{
    swr_free(&m_swr);
}

void AudioResampler::reset()
{
    swr_free(&m_swr);
    m_inFormat = -1;
}

Expected<const std::vector<float> *> AudioResampler::convert(const AVFrame *frame)
{
    const int channels = frame->ch_layout.nb_channels;
    if (channels <= 0 || frame->sample_rate <= 0)
        return Error{ErrorCode::Unsupported, QStringLiteral("audio frame without channels or rate")};
    if (!m_swr || frame->format != m_inFormat || frame->sample_rate != m_inRate || channels != m_inChannels) {
        swr_free(&m_swr);
        AVChannelLayout in{};
        AVChannelLayout out{};
        if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_copy(&in, &frame->ch_layout) < 0)
            av_channel_layout_default(&in, channels);
        av_channel_layout_default(&out, m_outChannels);
        const int rc = swr_alloc_set_opts2(&m_swr, &out, AV_SAMPLE_FMT_FLT, m_outRate, &in,
                                           static_cast<AVSampleFormat>(frame->format), frame->sample_rate, 0, nullptr);
        av_channel_layout_uninit(&in);
        av_channel_layout_uninit(&out);
        // Mono plays at full level on every side, as a voice recorded in mono is meant to
        // (swresample's default would put it 3 dB down on each).
        std::vector<double> matrix;
        if (rc >= 0 && m_swr && channels == 1) {
            matrix.assign(static_cast<size_t>(m_outChannels), 1.0);
            swr_set_matrix(m_swr, matrix.data(), 1);
        }
        if (rc < 0 || !m_swr || swr_init(m_swr) < 0) {
            swr_free(&m_swr);
            return Error{ErrorCode::Unsupported, QStringLiteral("cannot resample %1 Hz x%2 audio to %3 Hz x%4")
                                                     .arg(frame->sample_rate).arg(channels).arg(m_outRate).arg(m_outChannels)};
        }
        m_inFormat = frame->format;
        m_inRate = frame->sample_rate;
        m_inChannels = channels;
    }
    const int capacity = swr_get_out_samples(m_swr, frame->nb_samples);
    m_out.resize(static_cast<size_t>(std::max(0, capacity)) * static_cast<size_t>(m_outChannels));
    auto *out = reinterpret_cast<uint8_t *>(m_out.data());
    const int produced = capacity > 0 ? swr_convert(m_swr, &out, capacity, const_cast<const uint8_t **>(frame->extended_data),
                                                    frame->nb_samples)
                                      : 0;
    if (produced < 0)
        return Error{ErrorCode::Unsupported, QStringLiteral("resampling failed")};
    m_out.resize(static_cast<size_t>(produced) * static_cast<size_t>(m_outChannels));
    return &m_out;
}

}  // namespace vida3::studio::media
