// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/audiodecoder.h"
#include "studio/relay/decodelane.h"
#include "studio/relay/hellomessage.h"
#include "studio/relay/latestframeslot.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/senderclock.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QWebSocket;

namespace vida3::studio::relay {

class BackpressurePolicy;
class DecodeThreads;
class RelayHub;
class SourceFeed;
struct RelayConfig;

// One WebSocket peer, from hello to close: authenticates, negotiates, checks and decodes every
// media message into its SourceFeed, sends keyframe requests, backpressure hints and stats.
// Every refusal sends {"type":"refused"} and closes with the protocol's code.
// Lives on the relay thread; owned by RelayWorker (which it tells through finished()).
class RelayConnection : public QObject
{
    Q_OBJECT

public:
    // What the worker lends each connection; all of it lives on the relay thread except the
    // decode threads, which are thread-safe.
    struct Context
    {
        const RelayConfig *config = nullptr;
        const QByteArray *secret = nullptr;
        RelayHub *hub = nullptr;
        std::shared_ptr<DecodeThreads> decoders;  // where each source's video is decoded
        // May this connection become source name? A refusal, or nullopt to go ahead.
        std::function<std::optional<RelayRefusal>(RelayConnection *, const QString &name)> admit;
    };

    RelayConnection(QWebSocket *socket, Context context, QObject *parent = nullptr);
    ~RelayConnection() override;

    void refuse(const RelayRefusal &refusal);
    // Once a second from the worker: idle check, feed stats, and every other call the client's
    // stats and backpressure hints. decodeLoads[i] is decode thread i's busy share (0..1).
    void tick(int64_t nowMs, const std::vector<double> &decodeLoads);

    bool isLive() const { return m_state == State::Live; }
    bool isPending() const { return m_state == State::AwaitingHello; }
    const QString &sourceName() const { return m_hello.source; }

Q_SIGNALS:
    void finished(vida3::studio::relay::RelayConnection *connection);
    void liveChanged();

private:
    enum class State { AwaitingHello, Live, Closing };

    void onText(const QString &text);
    void onBinary(const QByteArray &message);
    void onDisconnected();
    void handleHello(const QByteArray &text);
    void handleMedia(const QByteArray &message);
    void handleVideo(const MediaHeader &header, const QByteArray &message, const FrameStamps &stamps);
    void requestKeyframe(int64_t nowMs);
    void sendText(const QByteArray &json);
    // decoded and dropped: the source's totals so far (frames published; replaced or refused).
    void updateBackpressure(double windowSec, double loadFraction, int64_t decoded, int64_t dropped);
    // Asks the source to shift its capture schedule when its frames land far from the render
    // ticks (PhaseAligner); every 2 s with the stats.
    void updatePace();

    QWebSocket *m_socket;  // child
    Context m_context;
    State m_state = State::AwaitingHello;
    QTimer m_helloTimer;
    HelloMessage m_hello;
    Negotiated m_negotiated;
    std::shared_ptr<SourceFeed> m_feed;
    std::unique_ptr<DecodeLane> m_lane;  // made at the hello
    std::unique_ptr<AudioDecoder> m_audio;

    std::optional<uint32_t> m_lastVideoSeq;
    std::optional<uint32_t> m_lastAudioSeq;
    int64_t m_lastMediaMs = 0;
    int64_t m_lastKeyframeRequestMs = -1000000;
    int64_t m_received = 0;
    int64_t m_bytes = 0;
    int64_t m_audioErrors = 0;
    int m_ticks = 0;

    // Values at the last tick, to turn totals into rates.
    int64_t m_tickBytes = 0;
    int64_t m_tickDecoded = 0;
    int64_t m_windowDecoded = 0;
    int64_t m_windowDropped = 0;
    int64_t m_windowStamped = 0;  // video messages with a known capture time
    int64_t m_windowLate = 0;     // of those, received long after capture
    int64_t m_windowOutputLosses = 0;

    std::unique_ptr<BackpressurePolicy> m_backpressure;  // made at the hello (it needs the page's fps)

    SenderClock m_senderClock;
    bool m_paceSettling = false;  // a pace hint was just sent
};

}  // namespace vida3::studio::relay
