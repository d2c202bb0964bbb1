// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/mediaheader.h"

#include <QtEndian>

#include <algorithm>

namespace vida3::studio::relay {

namespace {
RelayRefusal malformed(const QString &message)
{
    return RelayRefusal{Refusal::Malformed, message};
}

bool isVideoCodec(MediaCodec codec)
{
    return kindOfCodec(codec) == MediaKind::Video;
}
}  // namespace

std::optional<RelayRefusal> parseMediaHeader(QByteArrayView message, MediaHeader *header)
{
    if (message.size() < kHeaderBytes)
        return malformed(QStringLiteral("a media message needs a %1-byte header").arg(kHeaderBytes));
    const auto *p = reinterpret_cast<const uint8_t *>(message.data());
    if (p[0] != kProtocolVersion)
        return malformed(QStringLiteral("header version %1 is not supported (expected %2)").arg(p[0]).arg(kProtocolVersion));
    if (p[1] != static_cast<uint8_t>(MediaKind::Video) && p[1] != static_cast<uint8_t>(MediaKind::Audio))
        return malformed(QStringLiteral("unknown media kind %1").arg(p[1]));
    if (!isKnownCodec(p[2]))
        return RelayRefusal{Refusal::UnsupportedCodec, QStringLiteral("unknown codec %1").arg(p[2])};
    MediaHeader h;
    h.kind = static_cast<MediaKind>(p[1]);
    h.codec = static_cast<MediaCodec>(p[2]);
    h.flags = p[3];
    h.sequence = qFromLittleEndian<uint32_t>(p + 4);
    h.timestampUs = qFromLittleEndian<int64_t>(p + 8);
    h.width = qFromLittleEndian<uint16_t>(p + 16);
    h.height = qFromLittleEndian<uint16_t>(p + 18);
    const uint32_t rawRate = qFromLittleEndian<uint32_t>(p + 20);
    h.channels = qFromLittleEndian<uint16_t>(p + 24);
    const uint16_t reserved = qFromLittleEndian<uint16_t>(p + 26);
    if (kindOfCodec(h.codec) != h.kind)
        return malformed(QStringLiteral("codec %1 does not belong to media kind %2").arg(codecName(h.codec)).arg(p[1]));
    if ((h.flags & ~kKnownFlags) != 0 || reserved != 0)
        return malformed(QStringLiteral("reserved flag bits or header bytes are set"));
    if (h.kind == MediaKind::Video) {
        if (h.width < 1 || h.width > kMaxWidth || h.height < 1 || h.height > kMaxHeight)
            return malformed(QStringLiteral("video size %1x%2 is outside 1x1..%3x%4")
                                 .arg(h.width).arg(h.height).arg(kMaxWidth).arg(kMaxHeight));
        if (rawRate != 0 || h.channels != 0)
            return malformed(QStringLiteral("a video header has sample rate and channels 0"));
    } else {
        if (h.width != 0 || h.height != 0)
            return malformed(QStringLiteral("an audio header has width and height 0"));
        if (rawRate < static_cast<uint32_t>(kMinSampleRate) || rawRate > static_cast<uint32_t>(kMaxSampleRate))
            return malformed(QStringLiteral("sample rate %1 is outside %2..%3").arg(rawRate).arg(kMinSampleRate).arg(kMaxSampleRate));
        if (h.channels < 1 || h.channels > kMaxChannels)
            return malformed(QStringLiteral("%1 channels; 1 to %2 are supported").arg(h.channels).arg(kMaxChannels));
        h.sampleRate = static_cast<int>(rawRate);
    }
    *header = h;
    return std::nullopt;
}

int64_t maxPayloadBytes(const MediaHeader &h)
{
    const int64_t pixels = int64_t{h.width} * h.height;
    switch (h.codec) {
    case MediaCodec::Rgba: return pixels * 4;
    case MediaCodec::Png: return pixels * 4 + kPngExtraBytes;
    case MediaCodec::Jpeg:
    case MediaCodec::WebP: return std::max(kMinCompressedCapBytes, pixels * 3 / 2);
    case MediaCodec::H264: return std::max(kMinCompressedCapBytes, pixels);
    case MediaCodec::Opus: return kOpusCapBytes;
    case MediaCodec::PcmS16: return int64_t{h.sampleRate} * h.channels * 2;
    }
    return 0;
}

std::optional<RelayRefusal> checkMedia(const MediaHeader &h, int64_t payloadBytes, const Negotiated &negotiated)
{
    const bool negotiatedCodec = isVideoCodec(h.codec) ? h.codec == negotiated.videoCodec
                                                       : negotiated.audioCodec && *negotiated.audioCodec == h.codec;
    if (!negotiatedCodec)
        return RelayRefusal{Refusal::UnsupportedCodec,
                            QStringLiteral("codec %1 was not negotiated in the hello").arg(codecName(h.codec))};
    if (h.codec == MediaCodec::Rgba && !negotiated.peerOnLoopback)
        return RelayRefusal{Refusal::UnsupportedCodec, QStringLiteral("raw RGBA is accepted from loopback only")};
    const int64_t cap = maxPayloadBytes(h);
    if (payloadBytes > cap)
        return RelayRefusal{Refusal::MessageTooLarge,
                            QStringLiteral("%1 bytes of %2 at %3x%4 exceed the cap of %5")
                                .arg(payloadBytes).arg(codecName(h.codec)).arg(h.width).arg(h.height).arg(cap)};
    if (h.codec == MediaCodec::Rgba && payloadBytes != cap)
        return malformed(QStringLiteral("raw RGBA at %1x%2 must be exactly %3 bytes").arg(h.width).arg(h.height).arg(cap));
    if (h.codec == MediaCodec::PcmS16 && payloadBytes % (2 * h.channels) != 0)
        return malformed(QStringLiteral("PCM payload is not a whole number of sample frames"));
    if (payloadBytes == 0)
        return malformed(QStringLiteral("empty payload"));
    return std::nullopt;
}

void writeMediaHeader(const MediaHeader &h, uint8_t *out)
{
    out[0] = kProtocolVersion;
    out[1] = static_cast<uint8_t>(h.kind);
    out[2] = static_cast<uint8_t>(h.codec);
    out[3] = h.flags;
    qToLittleEndian<uint32_t>(h.sequence, out + 4);
    qToLittleEndian<int64_t>(h.timestampUs, out + 8);
    qToLittleEndian<uint16_t>(static_cast<uint16_t>(h.width), out + 16);
    qToLittleEndian<uint16_t>(static_cast<uint16_t>(h.height), out + 18);
    qToLittleEndian<uint32_t>(static_cast<uint32_t>(h.sampleRate), out + 20);
    qToLittleEndian<uint16_t>(static_cast<uint16_t>(h.channels), out + 24);
    qToLittleEndian<uint16_t>(0, out + 26);
}

}  // namespace vida3::studio::relay
