// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/relayprotocol.h"

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace vida3::studio::relay {

// The fixed 28-byte little-endian header of a binary media message (protocol section 3).
struct MediaHeader
{
    MediaKind kind = MediaKind::Video;
    MediaCodec codec = MediaCodec::H264;
    uint8_t flags = 0;
    uint32_t sequence = 0;
    int64_t timestampUs = 0;
    int width = 0;
    int height = 0;
    int sampleRate = 0;
    int channels = 0;

    bool isKeyframe() const { return (flags & kFlagKeyframe) != 0; }
    bool isDiscontinuity() const { return (flags & kFlagDiscontinuity) != 0; }
};

// What the hello negotiated, against which every media message is checked.
struct Negotiated
{
    MediaCodec videoCodec = MediaCodec::H264;
    std::optional<MediaCodec> audioCodec;
    bool peerOnLoopback = false;
};

// Parses and range-checks the header of message (which may be any bytes). Refusals:
// Malformed (truncated, bad version, kind/codec mismatch, out-of-range fields, reserved bits)
// or UnsupportedCodec (an unknown codec value).
// Reentrant; never allocates except for the refusal's message.
std::optional<RelayRefusal> parseMediaHeader(QByteArrayView message, MediaHeader *header);

// The largest payload accepted for this header (relay-protocol.md, "message caps").
int64_t maxPayloadBytes(const MediaHeader &header);

// Checks a parsed header and its payload size against the negotiation: codec negotiated,
// raw RGBA only from loopback and of the exact size, payload within its cap.
std::optional<RelayRefusal> checkMedia(const MediaHeader &header, int64_t payloadBytes, const Negotiated &negotiated);

// Writes a header (for tests, benchmarks and the fuzz corpus). out must hold kHeaderBytes.
void writeMediaHeader(const MediaHeader &header, uint8_t *out);

}  // namespace vida3::studio::relay
