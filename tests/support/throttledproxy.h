// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace vida3::testsupport {

// A TCP proxy on 127.0.0.1 whose client → server direction is capped at a bit rate (token
// bucket refilled from a monotonic clock, so a late tick on a loaded machine does not lower the
// rate), like an upload link slower than the stream. It reads from the client only as fast as
// it may forward, and its kernel receive buffer is small (as a router's queue is, not the
// megabytes loopback would grow to), so TCP flow control pushes back on the sender as a real
// slow link does. Runs on the test's event loop: keep it spinning (QTest::qWait, QTRY_*).
class ThrottledProxy : public QObject
{
    Q_OBJECT

public:
    ThrottledProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~ThrottledProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // 0: no cap.
    void setRateKbps(int kbps) { m_rateKbps = kbps; }
    qint64 forwardedBytes() const { return m_forwarded; }
    int connections() const { return m_connections; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();
    void tick();

    quint16 m_upstreamPort;
    QTcpServer m_server;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QList<Pair> m_pairs;
    int m_rateKbps = 0;
    double m_budgetBytes = 0;
    qint64 m_forwarded = 0;
    int m_connections = 0;
};

}  // namespace vida3::testsupport
