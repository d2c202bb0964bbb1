// SPDX-License-Identifier: GPL-2.0-or-later
#include "throttledproxy.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace vida3::testsupport {

namespace {
constexpr int kTickMs = 10;
// Small socket-side buffer: what the proxy does not read stays in the kernel and backs up.
constexpr qint64 kReadBuffer = 64 * 1024;
// The kernel side of the bottleneck (Linux doubles it): about half a second at 1800 kbps.
constexpr int kKernelReceiveBuffer = 64 * 1024;
// Burst the bucket may save up: covers a tick delayed by a busy machine.
constexpr double kBurstSeconds = 0.25;
}  // namespace

ThrottledProxy::ThrottledProxy(quint16 upstreamPort, QObject *parent) : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ThrottledProxy::onNewConnection);
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ThrottledProxy::tick);
}

ThrottledProxy::~ThrottledProxy()
{
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (pair.client)
            pair.client->abort();
        if (pair.upstream)
            pair.upstream->abort();
    }
}

bool ThrottledProxy::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    // Accepted sockets inherit the listener's receive buffer (set before the handshake, so the
    // window is sized from it).
    const int size = kKernelReceiveBuffer;
    if (::setsockopt(static_cast<int>(m_server.socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &size, sizeof size) != 0)
        return false;
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_timer.start();
    return true;
}

void ThrottledProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        client->setParent(this);
        client->setReadBufferSize(kReadBuffer);
        auto *upstream = new QTcpSocket(this);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        // Server → client is not limited (acks and control messages).
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        // Forward as data arrives too, not only on ticks: uncapped, the proxy must not become
        // the bottleneck when a loaded machine delays its timer.
        connect(client, &QTcpSocket::readyRead, this, &ThrottledProxy::tick);
        m_pairs.append(Pair{client, upstream});
    }
}

void ThrottledProxy::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double elapsedS = static_cast<double>(now - m_lastTickNs) / 1e9;
    m_lastTickNs = now;
    if (m_rateKbps > 0) {
        const double bytesPerS = m_rateKbps * 1000.0 / 8.0;
        m_budgetBytes = std::min(m_budgetBytes + bytesPerS * elapsedS, bytesPerS * kBurstSeconds);
    }
    for (const Pair &pair : std::as_const(m_pairs)) {
        QTcpSocket *client = pair.client.data();
        QTcpSocket *upstream = pair.upstream.data();
        if (!client || !upstream || upstream->state() != QAbstractSocket::ConnectedState)
            continue;
        const qint64 allowed = m_rateKbps > 0 ? static_cast<qint64>(m_budgetBytes) : client->bytesAvailable();
        if (allowed <= 0)
            continue;
        const QByteArray data = client->read(allowed);
        if (data.isEmpty())
            continue;
        upstream->write(data);
        m_forwarded += data.size();
        if (m_rateKbps > 0)
            m_budgetBytes -= static_cast<double>(data.size());
    }
}

}  // namespace vida3::testsupport
