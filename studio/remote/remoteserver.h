// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/remote/auththrottle.h"
#include "studio/remote/messagecodec.h"
#include "studio/remote/remoteauth.h"
#include "studio/remote/requestrouter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class QWebSocket;
class QTcpServer;
class QWebSocketServer;
class QWebSocketCorsAuthenticator;

namespace vida3::studio::remote {

class RemoteSession;

struct RemoteConfig
{
    static constexpr quint16 kDefaultPort = 4455;
    quint16 port = kDefaultPort;  // 0: any free port (tests)
    bool lan = false;             // listen on every interface; loopback only otherwise
    QStringList extraOrigins;     // page origins allowed besides the server's own
    QString tlsCertificate;       // PEM files: wss:// when both are given
    QString tlsKey;
    int maxClients = 32;         // identified controllers
    int maxPendingPerAddress = 8;  // connections from one address still to identify
};

// The obs-websocket v5 server: loopback only unless the config opts in to the LAN, always
// with a password, browser pages from other origins refused at the handshake, optional TLS.
// Password guessing is slowed per address: after failures a new connection gets its Hello
// late (AuthThrottle), nothing it sends before its Hello is read, and each address may have
// only a few connections waiting to identify. It answers requests through a RequestRouter on
// studio and turns studio's signals into events for the sessions that subscribed to them
// (InputVolumeMeters every 50 ms). Runs on the thread it lives on (the studio's main thread:
// every request touches the session there).
class RemoteServer : public QObject
{
    Q_OBJECT

public:
    RemoteServer(RemoteConfig config, const QString &password, RemoteStudio &studio, QObject *parent = nullptr);
    ~RemoteServer() override;

    Status listen();
    quint16 port() const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }
    // Sends ExitStarted to every subscribed client, then closes them.
    void shutdown();

    // The origins a page may connect from (none sent: a program, always allowed).
    static bool originAllowed(const QString &origin, quint16 port, const QStringList &extra);

private:
    struct Client
    {
        QPointer<QWebSocket> socket;
        RemoteSession *session = nullptr;
        Encoding encoding = Encoding::Json;
        QString address;
    };

    void onNewConnection();
    void greet(QWebSocket *socket);
    void send(const Client &client, const QJsonObject &message);
    void onFrame(QWebSocket *socket, const QByteArray &bytes, bool binary);
    void drop(QWebSocket *socket);
    void broadcast(uint32_t intent, const QString &type, const QJsonObject &data, bool hasData = true);
    void connectEvents();
    void sendMeters();

    RemoteConfig m_config;
    RemoteAuth m_auth;
    RemoteStudio &m_studio;
    RequestRouter m_router;
    AuthThrottle m_throttle;
    QWebSocketServer *m_server = nullptr;
    QTcpServer *m_tcp = nullptr;  // the listener without TLS (QWebSocketServer listens itself with TLS)
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_meterTimer;
    QElapsedTimer m_clock;  // steady: the throttle's time
};

}  // namespace vida3::studio::remote
