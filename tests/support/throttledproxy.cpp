// SPDX-License-Identifier: GPL-2.0-or-later
#include "throttledproxy.h"

#include <QTcpSocket>

namespace vida3::testsupport {

namespace {
constexpr int kTickMs = 10;
// Small socket-side buffer: what the proxy does not read stays in the kernel and backs up.
constexpr qint64 kReadBuffer = 16 * 1024;
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
        m_pairs.append(Pair{client, upstream});
    }
}

void ThrottledProxy::tick()
{
    if (m_rateKbps > 0)
        m_budgetBytes = std::min<double>(m_budgetBytes + m_rateKbps * 1000.0 / 8.0 * kTickMs / 1000.0,
                                         m_rateKbps * 1000.0 / 8.0 * 0.05);  // at most 50 ms of burst
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
