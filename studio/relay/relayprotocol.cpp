// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relayprotocol.h"

#include <array>


namespace vida3::studio::relay {

namespace {
struct CodecEntry
{
    MediaCodec codec;
    const char16_t *name;
};
constexpr std::array kCodecs{
    CodecEntry{MediaCodec::H264, u"h264"},  CodecEntry{MediaCodec::Jpeg, u"jpeg"},
    CodecEntry{MediaCodec::WebP, u"webp"},  CodecEntry{MediaCodec::Png, u"png"},
    CodecEntry{MediaCodec::Rgba, u"rgba"},  CodecEntry{MediaCodec::Opus, u"opus"},
    CodecEntry{MediaCodec::PcmS16, u"pcm_s16"},
};
}  // namespace

QString refusalName(Refusal reason)
{
    switch (reason) {
    case Refusal::BadToken: return QStringLiteral("bad_token");
    case Refusal::OriginNotAllowed: return QStringLiteral("origin_not_allowed");
    case Refusal::RateLimited: return QStringLiteral("rate_limited");
    case Refusal::TooManySources: return QStringLiteral("too_many_sources");
    case Refusal::UnsupportedCodec: return QStringLiteral("unsupported_codec");
    case Refusal::MessageTooLarge: return QStringLiteral("message_too_large");
    case Refusal::Malformed: return QStringLiteral("malformed");
    case Refusal::AuthTimeout: return QStringLiteral("auth_timeout");
    case Refusal::Idle: return QStringLiteral("idle");
    case Refusal::Replaced: return QStringLiteral("replaced");
    }
    return QStringLiteral("malformed");
}

int closeCode(Refusal reason)
{
    switch (reason) {
    case Refusal::BadToken: return 4001;
    case Refusal::OriginNotAllowed: return 4003;
    case Refusal::RateLimited: return 4029;
    case Refusal::TooManySources: return 4008;
    case Refusal::UnsupportedCodec: return 4015;
    case Refusal::MessageTooLarge: return 1009;
    case Refusal::Malformed: return 4400;
    case Refusal::AuthTimeout: return 4408;
    case Refusal::Idle: return 4410;
    case Refusal::Replaced: return 4409;
    }
    return 4400;
}

QString codecName(MediaCodec codec)
{
    for (const CodecEntry &e : kCodecs) {
        if (e.codec == codec)
            return QString::fromUtf16(e.name);
    }
    return {};
}

bool codecFromName(const QString &name, MediaCodec *codec)
{
    for (const CodecEntry &e : kCodecs) {
        if (name == QStringView(e.name)) {
            *codec = e.codec;
            return true;
        }
    }
    return false;
}

bool isKnownCodec(uint8_t value)
{
    for (const CodecEntry &e : kCodecs) {
        if (static_cast<uint8_t>(e.codec) == value)
            return true;
    }
    return false;
}

MediaKind kindOfCodec(MediaCodec codec)
{
    return static_cast<uint8_t>(codec) >= static_cast<uint8_t>(MediaCodec::Opus) ? MediaKind::Audio : MediaKind::Video;
}

}  // namespace vida3::studio::relay
