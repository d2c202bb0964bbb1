// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relayconnection.h"

#include "studio/relay/backpressurepolicy.h"
#include "studio/relay/relayconfig.h"
#include "studio/relay/phasealigner.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/relaytoken.h"
#include "studio/relay/steadyclock.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <variant>

namespace vida3::studio::relay {

Q_LOGGING_CATEGORY(lcRelayConnection, "vida3.relay", QtInfoMsg)

namespace {
constexpr int kKeyframeRequestIntervalMs = 300;
constexpr int kCloseGraceMs = 2000;  // a peer that ignores our close frame is cut off
constexpr int64_t kLateArrivalUs = 150'000;  // capture → receipt beyond this: we are behind

// The largest message the transport accepts after the hello: the negotiated codec's cap at
// the protocol's largest frame, plus the header. Finer per-header caps apply on top.
int64_t transportCap(const Negotiated &n)
{
    MediaHeader h;
    h.kind = MediaKind::Video;
    h.codec = n.videoCodec;
    h.width = kMaxWidth;
    h.height = kMaxHeight;
    int64_t cap = maxPayloadBytes(h);
    if (n.audioCodec) {
        MediaHeader a;
        a.kind = MediaKind::Audio;
        a.codec = *n.audioCodec;
        a.sampleRate = kMaxSampleRate;
        a.channels = kMaxChannels;
        cap = std::max(cap, maxPayloadBytes(a));
    }
    return cap + kHeaderBytes;
}
}  // namespace

RelayConnection::RelayConnection(QWebSocket *socket, Context context, QObject *parent)
    : QObject(parent), m_socket(socket), m_context(std::move(context))
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxHelloBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxHelloBytes);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RelayConnection::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RelayConnection::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &RelayConnection::onDisconnected);
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::AwaitingHello)
            refuse({Refusal::AuthTimeout, QStringLiteral("no hello within %1 ms").arg(m_context.config->helloTimeoutMs)});
    });
    m_helloTimer.start(m_context.config->helloTimeoutMs);
}

RelayConnection::~RelayConnection()
{
    if (m_feed && m_state == State::Live)
        m_feed->setConnected(false);
}

void RelayConnection::sendText(const QByteArray &json)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void RelayConnection::refuse(const RelayRefusal &refusal)
{
    if (m_state == State::Closing)
        return;
    const bool wasLive = m_state == State::Live;
    m_state = State::Closing;
    m_helloTimer.stop();
    m_lane.reset();  // its queued frames must not reach the source after a refusal
    if (wasLive && m_feed) {
        m_feed->setConnected(false);
        Q_EMIT liveChanged();
    }
    qCInfo(lcRelayConnection, "%s refused (%s): %s",
           qUtf8Printable(m_hello.source.isEmpty() ? m_socket->peerAddress().toString() : m_hello.source),
           qUtf8Printable(refusalName(refusal.reason)), qUtf8Printable(refusal.message));
    sendText(refusedMessage(refusal));
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode(refusal.reason)), refusalName(refusal.reason));
    QTimer::singleShot(kCloseGraceMs, this, [this] {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    });
}

void RelayConnection::onDisconnected()
{
    m_lane.reset();
    if (m_state == State::Live && m_feed) {
        m_feed->setConnected(false);
        qCInfo(lcRelayConnection, "source \"%s\" disconnected", qUtf8Printable(m_hello.source));
        m_state = State::Closing;
        Q_EMIT liveChanged();
    }
    m_state = State::Closing;
    Q_EMIT finished(this);
}

void RelayConnection::onText(const QString &text)
{
    if (m_state == State::Closing)
        return;
    if (m_state == State::AwaitingHello) {
        handleHello(text.toUtf8());
        return;
    }
    const std::optional<ControlMessage> control = parseControlMessage(text.toUtf8());
    if (!control || control->type.isEmpty()) {
        refuse({Refusal::Malformed, QStringLiteral("a control message is not a JSON object with a type")});
        return;
    }
    if (control->type == u"bye")
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
    else if (control->clockUs)
        m_senderClock.addReport(*control->clockUs, wallUs());
    // Unknown control types from a newer client are ignored.
}

void RelayConnection::onBinary(const QByteArray &message)
{
    if (m_state == State::Closing)
        return;
    if (m_state == State::AwaitingHello) {
        refuse({Refusal::Malformed, QStringLiteral("binary message before the hello")});
        return;
    }
    handleMedia(message);
}

void RelayConnection::handleHello(const QByteArray &text)
{
    m_helloTimer.stop();
    auto parsed = parseHello(text);
    if (auto *refusal = std::get_if<RelayRefusal>(&parsed)) {
        refuse(*refusal);
        return;
    }
    m_hello = std::get<HelloMessage>(std::move(parsed));
    const int64_t nowSec = QDateTime::currentSecsSinceEpoch();
    if (Status valid = RelayToken::validate(m_hello.token, *m_context.secret, m_hello.source, nowSec); !valid) {
        refuse({Refusal::BadToken, valid.error().detail});
        return;
    }
    auto negotiated = negotiate(m_hello, m_socket->peerAddress().isLoopback());
    if (auto *refusal = std::get_if<RelayRefusal>(&negotiated)) {
        refuse(*refusal);
        return;
    }
    m_negotiated = std::get<Negotiated>(negotiated);
    if (auto refusal = m_context.admit(this, m_hello.source)) {
        refuse(*refusal);
        return;
    }
    m_feed = m_context.hub->feed(m_hello.source);
    if (!m_feed) {
        refuse({Refusal::TooManySources, QStringLiteral("the studio knows too many source names already")});
        return;
    }
    m_lane = std::make_unique<DecodeLane>(m_context.decoders, m_feed, m_hello.source);
    // From the decode thread: ask the page for a keyframe now, not with its next message. The
    // lane is destroyed (and stops calling) before this object, and Qt drops calls posted to a
    // deleted object.
    m_lane->setKeyframeNotifier([this] {
        QMetaObject::invokeMethod(this, [this] {
            if (m_state == State::Live && m_lane && m_lane->takeKeyframeRequest())
                requestKeyframe(steadyMs());
        }, Qt::QueuedConnection);
    });
    if (m_negotiated.audioCodec)
        m_audio = std::make_unique<AudioDecoder>(m_context.hub->sampleRate(), m_context.hub->channels());
    const int64_t cap = transportCap(m_negotiated);
    m_socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(cap));
    m_socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(cap));
    m_state = State::Live;
    m_lastMediaMs = steadyMs();
    m_windowOutputLosses = m_context.hub->outputLosses();
    m_backpressure = std::make_unique<BackpressurePolicy>(m_hello.fps);
    m_feed->setConnected(true);
    SourceStats stats;
    stats.codec = codecName(m_negotiated.videoCodec);
    stats.audioCodec = m_negotiated.audioCodec ? codecName(*m_negotiated.audioCodec) : QString();
    stats.width = m_hello.width;
    stats.height = m_hello.height;
    m_feed->setStats(stats);
    sendText(acceptedMessage(m_hello, m_negotiated, cap));
    qCInfo(lcRelayConnection, "source \"%s\" connected from %s: %s%s%s", qUtf8Printable(m_hello.source),
           qUtf8Printable(m_socket->peerAddress().toString()), qUtf8Printable(stats.codec),
           m_negotiated.audioCodec ? " + " : "", qUtf8Printable(stats.audioCodec));
    Q_EMIT liveChanged();
}

void RelayConnection::handleMedia(const QByteArray &message)
{
    const int64_t receivedUs = steadyUs();
    MediaHeader header;
    if (auto refusal = parseMediaHeader(message, &header)) {
        refuse(*refusal);
        return;
    }
    const QByteArrayView payload = QByteArrayView(message).sliced(kHeaderBytes);
    if (auto refusal = checkMedia(header, payload.size(), m_negotiated)) {
        refuse(*refusal);
        return;
    }
    ++m_received;
    m_bytes += message.size();
    m_lastMediaMs = receivedUs / 1000;
    if (header.kind == MediaKind::Video) {
        handleVideo(header, message, FrameStamps{receivedUs, m_senderClock.toSteadyUs(header.timestampUs, receivedUs, wallUs())});
        return;
    }
    const bool gap = m_lastAudioSeq && header.sequence != *m_lastAudioSeq + 1 && !header.isDiscontinuity();
    m_lastAudioSeq = header.sequence;
    Q_UNUSED(gap);  // Opus and PCM need no resync; the ring absorbs the hole as an underrun
    Expected<int> added = m_audio->decode(header, payload, m_feed->audio());
    if (!added)
        ++m_audioErrors;
}

void RelayConnection::handleVideo(const MediaHeader &header, const QByteArray &message, const FrameStamps &stamps)
{
    const int64_t nowMs = stamps.receivedUs / 1000;
    const bool gap = m_lastVideoSeq && header.sequence != *m_lastVideoSeq + 1 && !header.isDiscontinuity();
    m_lastVideoSeq = header.sequence;
    if (gap && header.codec == MediaCodec::H264 && !header.isKeyframe()) {
        m_lane->resync();
        requestKeyframe(nowMs);
        return;
    }
    // Arriving well after capture means the page or the studio is falling behind (a busy
    // machine): frames queue in the socket and every one is late; updateBackpressure slows
    // the page down until they arrive fresh again.
    if (stamps.capturedUs > 0) {
        ++m_windowStamped;
        if (stamps.receivedUs - stamps.capturedUs > kLateArrivalUs)
            ++m_windowLate;
    }
    // Decoded on the source's decode thread; a lane with a backlog refuses, and H.264 then
    // waits for a keyframe (the refused picture is a reference for the ones after it).
    if (!m_lane->submit(header, message, stamps) && header.codec == MediaCodec::H264) {
        m_lane->resync();
        requestKeyframe(nowMs);
    }
    if (m_lane->takeKeyframeRequest())
        requestKeyframe(nowMs);
}

void RelayConnection::requestKeyframe(int64_t nowMs)
{
    if (nowMs - m_lastKeyframeRequestMs < kKeyframeRequestIntervalMs)
        return;
    m_lastKeyframeRequestMs = nowMs;
    sendText(keyframeRequestMessage());
}

void RelayConnection::tick(int64_t nowMs, const std::vector<double> &decodeLoads)
{
    if (m_state != State::Live)
        return;
    if (m_lane->takeKeyframeRequest())
        requestKeyframe(nowMs);
    const DecodeLane::Totals decoding = m_lane->totals();
    const double loadFraction = decodeLoads.at(static_cast<size_t>(m_lane->threadIndex()));
    if (nowMs - m_lastMediaMs > m_context.config->idleTimeoutMs) {
        refuse({Refusal::Idle, QStringLiteral("no media for %1 s").arg(m_context.config->idleTimeoutMs / 1000)});
        return;
    }
    ++m_ticks;
    const LatestFrameSlot::Counters counters = m_feed->frames().counters();
    SourceStats stats = m_feed->stats();
    stats.codec = codecName(m_negotiated.videoCodec);
    if (decoding.width > 0) {
        stats.width = decoding.width;
        stats.height = decoding.height;
    }
    stats.fps = static_cast<double>(decoding.decoded - m_tickDecoded);
    stats.kbps = static_cast<double>(m_bytes - m_tickBytes) * 8.0 / 1000.0;
    stats.lastSeenMs = nowMs - m_lastMediaMs;
    // A message the decode lane refused is a frame the page sent in vain, like one replaced
    // before the render took it: both count as dropped, and both tell the page to send fewer.
    const int64_t dropped = counters.dropped + decoding.refused;
    stats.dropped = dropped;
    stats.received = m_received;
    stats.decodeErrors = decoding.errors + m_audioErrors;
    const LatestFrameSlot &frames = m_feed->frames();
    stats.latencyMs = frames.latencyP50Ms();
    stats.captureLatencyMs = frames.captureLatencyPercentileMs(0.5);
    m_feed->setStats(stats);
    m_tickBytes = m_bytes;
    m_tickDecoded = decoding.decoded;
    if (m_ticks % 2 == 0) {
        RelayStatsFigures figures;
        figures.received = m_received;
        figures.dropped = dropped;
        figures.latencyMs = stats.latencyMs;
        figures.latencyP99Ms = frames.latencyPercentileMs(0.99);
        figures.captureLatencyMs = stats.captureLatencyMs;
        figures.captureLatencyP99Ms = frames.captureLatencyPercentileMs(0.99);
        sendText(statsMessage(figures));
        updateBackpressure(2.0, loadFraction, decoding.decoded, dropped);
        updatePace();
    }
}

void RelayConnection::updateBackpressure(double windowSec, double loadFraction, int64_t decoded, int64_t dropped)
{
    const int64_t outputLosses = m_context.hub->outputLosses();
    BackpressurePolicy::Window window;
    window.seconds = windowSec;
    window.decoded = decoded - m_windowDecoded;
    window.dropped = dropped - m_windowDropped;
    window.stamped = m_windowStamped;
    window.late = m_windowLate;
    window.outputLosses = outputLosses - m_windowOutputLosses;
    window.relayLoad = loadFraction;
    m_windowDecoded = decoded;
    m_windowDropped = dropped;
    m_windowStamped = 0;
    m_windowLate = 0;
    m_windowOutputLosses = outputLosses;
    if (std::optional<BackpressurePolicy::Hint> hint = m_backpressure->update(window)) {
        qCInfo(lcRelayConnection, "source \"%s\": asked for %d fps (%s)", qUtf8Printable(m_hello.source), hint->fps,
               BackpressurePolicy::describe(hint->reason));
        sendText(backpressureMessage(hint->fps, hint->quality));
    }
}

void RelayConnection::updatePace()
{
    LatestFrameSlot::Phase phase = m_feed->frames().drainPhase();
    if (m_paceSettling) {  // these frames straddle the last shift: judge only the next window
        m_paceSettling = false;
        return;
    }
    if (std::optional<int> shift = PhaseAligner::shiftUs(phase.waitsUs, phase.readerPeriodUs)) {
        sendText(paceMessage(*shift));
        m_paceSettling = true;
    }
}

}  // namespace vida3::studio::relay
