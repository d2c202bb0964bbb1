// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/remote/remoteauth.h"
#include "studio/remote/remoteprotocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <deque>
#include <optional>

namespace vida3::studio::remote {

class RequestRouter;

// One client's obs-websocket conversation, without the socket: Hello, Identify (password
// check), Reidentify, Request and RequestBatch (with Sleep and haltOnFailure), subscriptions,
// and the exact close codes and reasons of obs-websocket. Messages are handled strictly in
// order: one arriving while a batch sleeps waits for it. Thread-affine QObject.
class RemoteSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxBatchRequests = 1000;
    static constexpr int kMaxQueued = 256;
    static constexpr int kMaxSleepMs = 50000;
    static constexpr int kMaxSleepFrames = 10000;

    RemoteSession(const RemoteAuth &auth, RequestRouter &router, QObject *parent = nullptr);

    // The Hello to send first (a fresh challenge each session).
    QJsonObject hello();
    // A decoded message from the client.
    void receive(const QJsonObject &message);
    // The frame could not be decoded, or was of the wrong kind for the subprotocol.
    void refuseUndecodable(const QString &why);
    // No Identify came in time.
    void timeOut();
    // The server is going away: nothing more runs (a sleeping batch included), nothing is sent.
    void abandon();

    bool isIdentified() const { return m_identified; }
    bool wants(uint32_t intent) const { return m_identified && !m_closed && (m_subscriptions & intent) != 0; }
    uint32_t subscriptions() const { return m_subscriptions; }
    // A frame interval, for Sleep's sleepFrames.
    void setFrameIntervalMs(double ms) { m_frameMs = ms; }
    // The server sends an event: counted as outgoing.
    void countOutgoing() { ++m_outgoing; }

Q_SIGNALS:
    void send(const QJsonObject &message);
    void closeRequested(int code, const QString &reason);
    void authenticationFailed();
    void identified();

private:
    struct Batch
    {
        QJsonValue requestId;
        QJsonArray requests;
        qsizetype next = 0;
        bool haltOnFailure = false;
        int executionType = 0;  // -1 none, 0 serial realtime, 1 serial frame, 2 parallel
        QJsonArray results;
    };

    void process(const QJsonObject &message);
    void drain();
    void close(CloseCode code, const QString &reason);
    void identify(const QJsonObject &d);
    void reidentify(const QJsonObject &d);
    void request(const QJsonObject &d);
    void startBatch(const QJsonObject &d);
    // Runs the batch until it ends (sends the response) or sleeps (returns false).
    bool runBatch();
    bool readSubscriptions(const QJsonObject &d);
    QJsonObject answer(const QJsonValue &requestType, const QJsonValue &requestId, const QJsonValue &requestData);
    void emitMessage(OpCode op, const QJsonObject &d);

    const RemoteAuth &m_auth;
    RequestRouter &m_router;
    QByteArray m_challenge;
    bool m_identified = false;
    bool m_closed = false;
    uint32_t m_subscriptions = subscription::All;
    double m_frameMs = 1000.0 / 30.0;
    int64_t m_incoming = 0;
    int64_t m_outgoing = 0;
    std::deque<QJsonObject> m_queue;
    std::optional<Batch> m_batch;  // a batch waiting out a Sleep
    QTimer m_sleep;                // owned: a session that goes away takes its pending Sleep along
};

}  // namespace vida3::studio::remote
