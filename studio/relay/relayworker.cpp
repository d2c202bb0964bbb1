// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relayworker.h"

#include "studio/relay/decodethreads.h"
#include "studio/relay/relayconnection.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/steadyclock.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace vida3::studio::relay {

Q_LOGGING_CATEGORY(lcRelay, "vida3.relay", QtInfoMsg)

namespace {
constexpr int kTickMs = 1000;
constexpr int kHandshakeTimeoutMs = 5000;
constexpr int kRateWindowMs = 60000;
const QString kPath = QStringLiteral("/v1");

// A refusal before the connection object exists: same wire behaviour, no state. The worker
// adopts the socket, so one still closing when the relay stops is deleted with it.
void refuseSocket(QObject *worker, QWebSocket *socket, const RelayRefusal &refusal)
{
    socket->setParent(worker);
    socket->sendTextMessage(QString::fromUtf8(refusedMessage(refusal)));
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode(refusal.reason)), refusalName(refusal.reason));
    QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}
}  // namespace

RelayWorker::RelayWorker(RelayConfig config, std::shared_ptr<RelayHub> hub)
    : m_config(std::move(config)), m_hub(std::move(hub)),
      m_rateLimiter(m_config.maxConnectionsPerMinute, kRateWindowMs), m_origins(m_config.extraOrigins),
      m_decoders(std::make_shared<DecodeThreads>(m_config.decodeThreads > 0 ? m_config.decodeThreads
                                                                           : DecodeThreads::defaultCount())),
      m_lastBusyUs(static_cast<size_t>(m_decoders->count()), 0)
{
}

RelayWorker::~RelayWorker()
{
    shutdown();
}

Status RelayWorker::listen(const QByteArray &secret)
{
    m_secret = secret;
    if (m_server)
        return Status::ok();
    m_server = new QWebSocketServer(QStringLiteral("VIDA3 relay"), QWebSocketServer::NonSecureMode, this);
    m_server->setHandshakeTimeout(kHandshakeTimeoutMs);
    m_server->setMaxPendingConnections(m_config.maxPendingConnections);
    const QHostAddress address = m_config.bind == RelayBind::Lan ? QHostAddress(QHostAddress::Any)
                                                                 : QHostAddress(QHostAddress::LocalHost);
    if (!m_server->listen(address, static_cast<quint16>(m_config.port))) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the relay cannot listen on %1:%2: %3").arg(address.toString()).arg(m_config.port).arg(reason)};
    }
    connect(m_server, &QWebSocketServer::newConnection, this, &RelayWorker::onNewConnection);
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &RelayWorker::onTick);
    m_tick->start();
    m_lastTickMs = steadyMs();
    qCInfo(lcRelay, "relay listening on ws://%s:%d%s%s", qUtf8Printable(address.toString()), port(),
           qUtf8Printable(kPath), m_config.bind == RelayBind::Lan ? " (LAN)" : "");
    return Status::ok();
}

void RelayWorker::shutdown()
{
    if (m_tick)
        m_tick->stop();
    for (RelayConnection *c : m_connections) {
        c->disconnect(this);
        delete c;
    }
    m_connections.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

quint16 RelayWorker::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void RelayWorker::setSecret(const QByteArray &secret)
{
    m_secret = secret;
    const std::vector<RelayConnection *> connections = m_connections;
    for (RelayConnection *c : connections) {
        if (c->isLive())
            c->refuse({Refusal::BadToken, QStringLiteral("the relay secret was rotated: every token is revoked")});
    }
}

void RelayWorker::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const QString address = socket->peerAddress().toString();
        if (!m_rateLimiter.allow(address, steadyMs())) {
            refuseSocket(this, socket, {Refusal::RateLimited,
                                  QStringLiteral("more than %1 new connections a minute").arg(m_config.maxConnectionsPerMinute)});
            continue;
        }
        if (!m_origins.allows(socket->origin())) {
            refuseSocket(this, socket, {Refusal::OriginNotAllowed, QStringLiteral("this page's origin may not stream to the studio")});
            continue;
        }
        if (socket->requestUrl().path() != kPath) {
            refuseSocket(this, socket, {Refusal::Malformed, QStringLiteral("the relay's path is %1").arg(kPath)});
            continue;
        }
        const auto pending = std::count_if(m_connections.begin(), m_connections.end(),
                                           [](const RelayConnection *c) { return c->isPending(); });
        if (pending >= m_config.maxPendingConnections) {
            refuseSocket(this, socket, {Refusal::TooManySources, QStringLiteral("too many connections are waiting to say hello")});
            continue;
        }
        RelayConnection::Context context;
        context.config = &m_config;
        context.secret = &m_secret;
        context.hub = m_hub.get();
        context.decoders = m_decoders;
        context.admit = [this](RelayConnection *c, const QString &name) { return admit(c, name); };
        auto *connection = new RelayConnection(socket, std::move(context), this);
        connect(connection, &RelayConnection::finished, this, &RelayWorker::removeConnection);
        connect(connection, &RelayConnection::liveChanged, this, &RelayWorker::sourcesChanged);
        m_connections.push_back(connection);
    }
}

std::optional<RelayRefusal> RelayWorker::admit(RelayConnection *connection, const QString &name)
{
    int live = 0;
    RelayConnection *previous = nullptr;
    for (RelayConnection *c : m_connections) {
        if (c == connection || !c->isLive())
            continue;
        if (c->sourceName() == name)
            previous = c;
        else
            ++live;
    }
    if (live >= m_config.maxSources)
        return RelayRefusal{Refusal::TooManySources, QStringLiteral("%1 sources are connected already").arg(live)};
    // A reconnect (the old socket may not have noticed the drop yet) takes the name back.
    if (previous)
        previous->refuse({Refusal::Replaced, QStringLiteral("a new connection took over source \"%1\"").arg(name)});
    return std::nullopt;
}

void RelayWorker::removeConnection(RelayConnection *connection)
{
    m_connections.erase(std::remove(m_connections.begin(), m_connections.end(), connection), m_connections.end());
    connection->deleteLater();
}

void RelayWorker::onTick()
{
    const int64_t nowMs = steadyMs();
    const double elapsedUs = static_cast<double>(std::max<int64_t>(1, nowMs - m_lastTickMs)) * 1000.0;
    std::vector<double> loads(m_lastBusyUs.size(), 0.0);
    for (size_t i = 0; i < loads.size(); ++i) {
        const int64_t busy = m_decoders->busyUs(static_cast<int>(i));
        loads[i] = std::clamp(static_cast<double>(busy - m_lastBusyUs[i]) / elapsedUs, 0.0, 1.0);
        m_lastBusyUs[i] = busy;
    }
    m_lastTickMs = nowMs;
    const std::vector<RelayConnection *> connections = m_connections;
    for (RelayConnection *c : connections)
        c->tick(nowMs, loads);
}

}  // namespace vida3::studio::relay
