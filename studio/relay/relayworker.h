// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/relay/originpolicy.h"
#include "studio/relay/ratelimiter.h"
#include "studio/relay/relayconfig.h"
#include "studio/relay/relayprotocol.h"

#include <QByteArray>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QWebSocketServer;

namespace vida3::studio::relay {

class DecodeThreads;
class RelayConnection;
class RelayHub;

// The relay's worker: the QWebSocketServer, the connection-level checks (rate limit, Origin,
// path, pending and source limits) and the connections. Lives on the relay thread; RelayServer
// is its thread-safe facade and the only caller.
class RelayWorker : public QObject
{
    Q_OBJECT

public:
    RelayWorker(RelayConfig config, std::shared_ptr<RelayHub> hub);
    ~RelayWorker() override;

    // Relay thread only.
    Status listen(const QByteArray &secret);
    void shutdown();
    // New secret: every live connection's token is now void, so each is closed (bad_token).
    void setSecret(const QByteArray &secret);
    quint16 port() const;

Q_SIGNALS:
    void sourcesChanged();

private:
    void onNewConnection();
    void onTick();
    std::optional<RelayRefusal> admit(RelayConnection *connection, const QString &name);
    void removeConnection(RelayConnection *connection);

    RelayConfig m_config;
    std::shared_ptr<RelayHub> m_hub;
    QByteArray m_secret;
    RateLimiter m_rateLimiter;
    OriginPolicy m_origins;
    QWebSocketServer *m_server = nullptr;  // child, made on the relay thread
    QTimer *m_tick = nullptr;              // child
    std::vector<RelayConnection *> m_connections;  // children
    std::shared_ptr<DecodeThreads> m_decoders;  // shared with the connections' decode lanes
    int64_t m_lastTickMs = 0;
    std::vector<int64_t> m_lastBusyUs;  // per decode thread, at the last tick
};

}  // namespace vida3::studio::relay
