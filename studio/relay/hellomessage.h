// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/mediaheader.h"
#include "studio/relay/relayprotocol.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace vida3::studio::relay {

// The client's first text message (protocol section 1), parsed and range-checked.
struct HelloMessage
{
    QString token;
    QString source;
    QList<MediaCodec> videoCodecs;  // known codecs only, in the client's order
    int width = 0;
    int height = 0;
    int fps = 30;
    bool hasAudio = false;
    QList<MediaCodec> audioCodecs;
    int sampleRate = 48000;
    int channels = 2;
};

// A valid source name: 1..64 characters, letters, digits, space, '-', '_', '.'.
bool isValidSourceName(const QString &name);

// Parses a hello from any bytes: a Malformed refusal for anything that is not a version-1
// hello object with sane fields. The token is not checked here (RelayToken does that).
std::variant<HelloMessage, RelayRefusal> parseHello(const QByteArray &text);

// Picks the first client codec the studio decodes (raw RGBA only for a loopback peer), for
// video and, when the hello offers audio, for audio: UnsupportedCodec when none fits.
std::variant<Negotiated, RelayRefusal> negotiate(const HelloMessage &hello, bool peerOnLoopback);

// Control messages the studio sends (protocol sections 2 and 4), as compact JSON.
QByteArray acceptedMessage(const HelloMessage &hello, const Negotiated &negotiated, int64_t maxMessageBytes);
QByteArray refusedMessage(const RelayRefusal &refusal);
QByteArray backpressureMessage(int fps, double quality);
QByteArray keyframeRequestMessage();
QByteArray paceMessage(int shiftUs);

// What the stats message reports; latencies in ms, capture latencies -1 while unknown.
struct RelayStatsFigures
{
    int64_t received = 0;
    int64_t dropped = 0;
    int latencyMs = 0;
    int latencyP99Ms = 0;
    int captureLatencyMs = -1;
    int captureLatencyP99Ms = -1;
};
QByteArray statsMessage(const RelayStatsFigures &figures);

// A client control message after the hello: its type ("bye", "clock", or a newer client's),
// and for "clock" the sender's wall clock in µs since the Unix epoch.
struct ControlMessage
{
    QString type;
    std::optional<int64_t> clockUs;
};
// nullopt when the text is not a JSON object with a string type.
std::optional<ControlMessage> parseControlMessage(const QByteArray &text);

}  // namespace vida3::studio::relay
