// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for the relay's media payloads as they reach libav: H.264 (Annex B), JPEG,
// WebP, PNG, raw RGBA, Opus and PCM, through the same header checks and decoders a browser
// source's messages go through (VideoDecoder into a LatestFrameSlot, AudioDecoder into a
// PcmRing). Input: byte 0 picks codec and flags, bytes 1-2 the picture's size (16-px steps),
// the rest is the payload. The decoders persist across inputs like one long connection, so
// H.264's keyframe sync and the resampler's rebuilds are exercised too.
#include "studio/audio/pcmring.h"
#include "studio/relay/audiodecoder.h"
#include "studio/relay/latestframeslot.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/videodecoder.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" {
#include <libavutil/log.h>
}

using namespace vida3::studio;
using namespace vida3::studio::relay;

namespace {
constexpr std::array kCodecs{MediaCodec::H264, MediaCodec::Jpeg, MediaCodec::WebP, MediaCodec::Png,
                             MediaCodec::Rgba, MediaCodec::Opus, MediaCodec::PcmS16, MediaCodec::H264};

struct Lane
{
    std::array<std::unique_ptr<VideoDecoder>, kCodecs.size()> video;
    AudioDecoder audio{48000, 2};
    audio::PcmRing ring{2, 48000, 0, 48000};
    LatestFrameSlot slot;
    uint32_t sequence = 0;
};
}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    av_log_set_level(AV_LOG_QUIET);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Lane lane;
    if (size < 3)
        return 0;
    const size_t pick = data[0] % kCodecs.size();
    MediaHeader header;
    header.codec = kCodecs[pick];
    const bool audio = header.codec == MediaCodec::Opus || header.codec == MediaCodec::PcmS16;
    header.kind = audio ? MediaKind::Audio : MediaKind::Video;
    header.flags = static_cast<uint8_t>((data[0] >> 3) & kKnownFlags);
    header.sequence = ++lane.sequence;
    header.timestampUs = static_cast<int64_t>(lane.sequence) * 33333;
    if (audio) {
        header.sampleRate = (data[1] & 1) ? 48000 : 44100;
        header.channels = (data[2] & 1) + 1;
    } else {
        header.width = 16 * (1 + data[1] % 40);
        header.height = 16 * (1 + data[2] % 23);
    }
    std::array<uint8_t, kHeaderBytes> bytes{};
    writeMediaHeader(header, bytes.data());
    const QByteArray message = QByteArray(reinterpret_cast<const char *>(bytes.data()), kHeaderBytes)
        + QByteArray(reinterpret_cast<const char *>(data + 3), static_cast<qsizetype>(size - 3));
    MediaHeader parsed;
    if (parseMediaHeader(message, &parsed))
        return 0;
    Negotiated negotiated;
    negotiated.videoCodec = audio ? MediaCodec::H264 : parsed.codec;
    negotiated.audioCodec = audio ? std::optional(parsed.codec) : std::nullopt;
    negotiated.peerOnLoopback = true;
    const QByteArrayView payload = QByteArrayView(message).sliced(kHeaderBytes);
    if (checkMedia(parsed, payload.size(), negotiated))
        return 0;
    if (audio) {
        (void)lane.audio.decode(parsed, payload, lane.ring);
        return 0;
    }
    std::unique_ptr<VideoDecoder> &decoder = lane.video[pick];
    if (!decoder)
        decoder = std::make_unique<VideoDecoder>();
    if (parsed.isDiscontinuity())
        decoder->resync();
    (void)decoder->decode(parsed, payload, lane.slot, FrameStamps{});
    return 0;
}
