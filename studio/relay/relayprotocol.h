// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <cstdint>

// Constants and enumerations of relay protocol version 1 (relay-protocol.md beside this file).
// Wire values are explicit and append-only: the JavaScript client depends on them.
namespace vida3::studio::relay {

inline constexpr int kProtocolVersion = 1;
inline constexpr int kHeaderBytes = 28;
inline constexpr int kMaxWidth = 3840;
inline constexpr int kMaxHeight = 2160;
inline constexpr int kMaxFps = 120;
inline constexpr int kMinSampleRate = 8000;
inline constexpr int kMaxSampleRate = 192000;
inline constexpr int kMaxChannels = 2;
inline constexpr int kDefaultPort = 8787;
inline constexpr int kMaxHelloBytes = 16 * 1024;
inline constexpr int kMaxTokenBytes = 4096;
inline constexpr int kMaxSourceNameChars = 64;
// Compressed codecs carry fixed headers (JPEG tables, SPS/PPS) that tiny sizes cannot pay for.
inline constexpr int64_t kMinCompressedCapBytes = 64 * 1024;
inline constexpr int64_t kOpusCapBytes = 16 * 1024;
inline constexpr int64_t kPngExtraBytes = 64 * 1024;

enum class MediaKind : uint8_t { Video = 1, Audio = 2 };

enum class MediaCodec : uint8_t {
    H264 = 1,
    Jpeg = 2,
    WebP = 3,
    Png = 4,
    Rgba = 5,
    Opus = 16,
    PcmS16 = 17,
};

enum MediaFlag : uint8_t { kFlagKeyframe = 0x01, kFlagDiscontinuity = 0x02 };
inline constexpr uint8_t kKnownFlags = kFlagKeyframe | kFlagDiscontinuity;

// Why a connection is refused or closed; each has a JSON reason and a WebSocket close code.
enum class Refusal : int {
    BadToken = 1,
    OriginNotAllowed = 2,
    RateLimited = 3,
    TooManySources = 4,
    UnsupportedCodec = 5,
    MessageTooLarge = 6,
    Malformed = 7,
    AuthTimeout = 8,
    Idle = 9,
    Replaced = 10,
};

struct RelayRefusal
{
    Refusal reason = Refusal::Malformed;
    QString message;  // for the peer and the log; never contains a token
};

QString refusalName(Refusal reason);  // "bad_token", ...
int closeCode(Refusal reason);        // 4001, ...

QString codecName(MediaCodec codec);  // "h264", ...; empty for an unknown value
// The codec with this protocol name, or false.
bool codecFromName(const QString &name, MediaCodec *codec);
bool isKnownCodec(uint8_t value);
MediaKind kindOfCodec(MediaCodec codec);

}  // namespace vida3::studio::relay
