// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/encodersettings.h"
#include "encoder/packetsink.h"

#include <memory>

namespace vida3::encoder {

// Interleaved float PCM → AAC-LC (FFmpeg's native encoder), in 1024-sample frames.
// Timestamps count samples from 0. Not thread-safe: the encode thread only.
class AudioEncoder
{
public:
    static Expected<std::unique_ptr<AudioEncoder>> open(const AudioSettings &settings);

    Status encode(const float *interleaved, int samples, PacketSink &sink);
    Status flush(PacketSink &sink);
    const AVCodecContext *context() const { return m_codec.get(); }

private:
    AudioEncoder() = default;
    Status encodeFrames(PacketSink &sink, bool final);
    Status drain(PacketSink &sink);

    AudioSettings m_settings;
    AvCodecContextPtr m_codec;
    AvAudioFifoPtr m_fifo;
    AvFramePtr m_frame;
    AvPacketPtr m_packet;
    std::vector<float> m_planar;  // scratch for de-interleaving, sized once
    int64_t m_nextPts = 0;
};

}  // namespace vida3::encoder
