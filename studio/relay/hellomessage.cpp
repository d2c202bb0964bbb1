// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/hellomessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vida3::studio::relay {

namespace {
constexpr int kMaxCodecEntries = 16;

RelayRefusal malformed(const QString &message)
{
    return RelayRefusal{Refusal::Malformed, message};
}

// An integer field within [min, max]; fallback when absent.
bool readInt(const QJsonObject &o, const QString &key, int min, int max, int fallback, int *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
        return false;
    *out = static_cast<int>(d);
    return true;
}

// Known codec names of the expected kind; unknown names are skipped (a newer client may
// offer more), a non-string entry or a list that is not an array is malformed.
bool readCodecs(const QJsonObject &o, MediaKind kind, QList<MediaCodec> *out)
{
    const QJsonValue v = o.value(QStringLiteral("codecs"));
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > kMaxCodecEntries)
        return false;
    for (const QJsonValue entry : v.toArray()) {
        if (!entry.isString())
            return false;
        MediaCodec codec{};
        if (codecFromName(entry.toString(), &codec) && kindOfCodec(codec) == kind && !out->contains(codec))
            out->append(codec);
    }
    return true;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
}  // namespace

bool isValidSourceName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxSourceNameChars || name.trimmed() != name)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u' '
            || c == u'-' || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

std::variant<HelloMessage, RelayRefusal> parseHello(const QByteArray &text)
{
    if (text.size() > kMaxHelloBytes)
        return malformed(QStringLiteral("the hello is larger than %1 bytes").arg(kMaxHelloBytes));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("the hello is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != u"hello")
        return malformed(QStringLiteral("the first message must be {\"type\": \"hello\"}"));
    if (o.value(QStringLiteral("version")).toDouble(-1) != kProtocolVersion)
        return malformed(QStringLiteral("protocol version %1 is required").arg(kProtocolVersion));
    HelloMessage hello;
    hello.token = o.value(QStringLiteral("token")).toString();
    if (hello.token.isEmpty() || hello.token.size() > kMaxTokenBytes)
        return RelayRefusal{Refusal::BadToken, QStringLiteral("the hello carries no usable token")};
    hello.source = o.value(QStringLiteral("source")).toString();
    if (!isValidSourceName(hello.source))
        return malformed(QStringLiteral("\"source\" must be 1 to %1 letters, digits, spaces, '-', '_' or '.'")
                             .arg(kMaxSourceNameChars));
    const QJsonValue video = o.value(QStringLiteral("video"));
    if (!video.isObject() || !readCodecs(video.toObject(), MediaKind::Video, &hello.videoCodecs))
        return malformed(QStringLiteral("\"video\" must be an object with a \"codecs\" array of 1 to %1 names")
                             .arg(kMaxCodecEntries));
    const QJsonObject v = video.toObject();
    if (!readInt(v, QStringLiteral("width"), 1, kMaxWidth, 1280, &hello.width)
        || !readInt(v, QStringLiteral("height"), 1, kMaxHeight, 720, &hello.height)
        || !readInt(v, QStringLiteral("fps"), 1, kMaxFps, 30, &hello.fps))
        return malformed(QStringLiteral("video width, height or fps out of range (max %1x%2 at %3 fps)")
                             .arg(kMaxWidth).arg(kMaxHeight).arg(kMaxFps));
    const QJsonValue audio = o.value(QStringLiteral("audio"));
    if (!audio.isUndefined() && !audio.isNull()) {
        const QJsonObject a = audio.toObject();
        if (!audio.isObject() || !readCodecs(a, MediaKind::Audio, &hello.audioCodecs)
            || !readInt(a, QStringLiteral("sampleRate"), kMinSampleRate, kMaxSampleRate, 48000, &hello.sampleRate)
            || !readInt(a, QStringLiteral("channels"), 1, kMaxChannels, 2, &hello.channels))
            return malformed(QStringLiteral("\"audio\" must have a \"codecs\" array, a sample rate and 1 or 2 channels"));
        hello.hasAudio = true;
    }
    return hello;
}

std::variant<Negotiated, RelayRefusal> negotiate(const HelloMessage &hello, bool peerOnLoopback)
{
    Negotiated n;
    n.peerOnLoopback = peerOnLoopback;
    bool found = false;
    for (MediaCodec codec : hello.videoCodecs) {
        if (codec == MediaCodec::Rgba && !peerOnLoopback)
            continue;
        n.videoCodec = codec;
        found = true;
        break;
    }
    if (!found)
        return RelayRefusal{Refusal::UnsupportedCodec,
                            QStringLiteral("no video codec in common (the studio takes h264, jpeg, webp, png%1)")
                                .arg(peerOnLoopback ? QStringLiteral(", rgba") : QString())};
    if (hello.hasAudio) {
        if (hello.audioCodecs.isEmpty())
            return RelayRefusal{Refusal::UnsupportedCodec,
                                QStringLiteral("no audio codec in common (the studio takes opus, pcm_s16)")};
        n.audioCodec = hello.audioCodecs.first();
    }
    return n;
}

QByteArray acceptedMessage(const HelloMessage &hello, const Negotiated &n, int64_t maxMessageBytes)
{
    QJsonObject o{
        {QStringLiteral("type"), QStringLiteral("accepted")},
        {QStringLiteral("version"), kProtocolVersion},
        {QStringLiteral("source"), hello.source},
        {QStringLiteral("video"), QJsonObject{{QStringLiteral("codec"), codecName(n.videoCodec)},
                                              {QStringLiteral("maxWidth"), kMaxWidth},
                                              {QStringLiteral("maxHeight"), kMaxHeight},
                                              {QStringLiteral("fps"), hello.fps}}},
        {QStringLiteral("maxMessageBytes"), static_cast<double>(maxMessageBytes)},
    };
    if (n.audioCodec)
        o.insert(QStringLiteral("audio"), QJsonObject{{QStringLiteral("codec"), codecName(*n.audioCodec)}});
    return compact(o);
}

QByteArray refusedMessage(const RelayRefusal &refusal)
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("refused")},
                               {QStringLiteral("reason"), refusalName(refusal.reason)},
                               {QStringLiteral("message"), refusal.message}});
}

QByteArray backpressureMessage(int fps, double quality)
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("backpressure")},
                               {QStringLiteral("fps"), fps},
                               {QStringLiteral("quality"), std::round(quality * 100.0) / 100.0}});
}

QByteArray keyframeRequestMessage()
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("keyframe")}});
}

QByteArray paceMessage(int shiftUs)
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("pace")},
                               {QStringLiteral("shiftMs"), std::round(shiftUs / 100.0) / 10.0}});
}

QByteArray statsMessage(const RelayStatsFigures &figures)
{
    QJsonObject stats{{QStringLiteral("type"), QStringLiteral("stats")},
                      {QStringLiteral("received"), static_cast<double>(figures.received)},
                      {QStringLiteral("dropped"), static_cast<double>(figures.dropped)},
                      {QStringLiteral("latencyMs"), figures.latencyMs},
                      {QStringLiteral("latencyP99Ms"), figures.latencyP99Ms}};
    if (figures.captureLatencyMs >= 0) {
        stats.insert(QStringLiteral("captureLatencyMs"), figures.captureLatencyMs);
        stats.insert(QStringLiteral("captureLatencyP99Ms"), figures.captureLatencyP99Ms);
    }
    return compact(stats);
}

std::optional<ControlMessage> parseControlMessage(const QByteArray &text)
{
    if (text.size() > kMaxHelloBytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    const QJsonValue type = object.value(QStringLiteral("type"));
    if (!type.isString())
        return std::nullopt;
    ControlMessage message{type.toString(), std::nullopt};
    // A double holds µs since 1970 exactly until the year 2255.
    const QJsonValue us = object.value(QStringLiteral("us"));
    if (message.type == u"clock" && us.isDouble() && std::isfinite(us.toDouble()) && us.toDouble() > 0
        && us.toDouble() < 9.0e15)
        message.clockUs = static_cast<int64_t>(us.toDouble());
    return message;
}

}  // namespace vida3::studio::relay
