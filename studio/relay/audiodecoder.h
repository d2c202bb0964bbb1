// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/expected.h"
#include "studio/relay/mediaheader.h"

#include <QByteArrayView>

#include <vector>

struct SwrContext;

namespace vida3::studio::audio {
class PcmRing;
}

namespace vida3::studio::relay {

using audio::PcmRing;

// Decodes one source's audio messages (Opus through libavcodec, or interleaved PCM s16) and
// resamples them with libswresample to the output's rate and channel count, as interleaved
// float, into the source's PcmRing. The resampler is rebuilt only when the input changes.
// Not thread-safe: one per connection, on the relay thread.
class AudioDecoder
{
public:
    AudioDecoder(int outputSampleRate, int outputChannels);
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder &) = delete;
    AudioDecoder &operator=(const AudioDecoder &) = delete;

    // Decodes one message and appends its samples to ring; returns the sample frames added.
    Expected<int> decode(const MediaHeader &header, QByteArrayView payload, PcmRing &ring);

private:
    Status openOpus(int channels);
    Status ensureResampler(AVSampleFormat format, int sampleRate, int channels);
    Expected<int> resample(const uint8_t **planes, int frames, PcmRing &ring);

    const int m_outRate;
    const int m_outChannels;
    encoder::AvCodecContextPtr m_opus;
    int m_opusChannels = 0;
    encoder::AvPacketPtr m_packet;
    encoder::AvFramePtr m_frame;
    SwrContext *m_swr = nullptr;
    AVSampleFormat m_inFormat = AV_SAMPLE_FMT_NONE;
    int m_inRate = 0;
    int m_inChannels = 0;
    std::vector<float> m_out;
};

}  // namespace vida3::studio::relay
