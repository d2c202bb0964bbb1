// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/remoteserver.h"

#include "studio/remote/remotesession.h"
#include "studio/remote/requestfields.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include <cmath>

namespace vida3::studio::remote {

Q_LOGGING_CATEGORY(lcRemote, "vida3.remote", QtInfoMsg)

namespace {
constexpr int kMeterIntervalMs = 50;
constexpr int kIdentifyTimeoutMs = 10000;
constexpr qint64 kMaxMessageBytes = 1 << 20;


Status loadTls(const RemoteConfig &config, QSslConfiguration *ssl)
{
    QFile certFile(config.tlsCertificate);
    QFile keyFile(config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileIo, QStringLiteral("remote control: cannot read the certificate %1").arg(config.tlsCertificate)};
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileIo, QStringLiteral("remote control: cannot read the key %1").arg(config.tlsKey)};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("remote control: the certificate or key is not PEM")};
    *ssl = QSslConfiguration::defaultConfiguration();
    ssl->setLocalCertificateChain(chain);
    ssl->setPrivateKey(key);
    ssl->setPeerVerifyMode(QSslSocket::VerifyNone);  // clients authenticate with the password
    return Status::ok();
}
}  // namespace

RemoteServer::RemoteServer(RemoteConfig config, const QString &password, RemoteStudio &studio, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_auth(RemoteAuth::fromPassword(password)), m_studio(studio),
      m_router(studio)
{
    m_clock.start();
    m_meterTimer.setInterval(kMeterIntervalMs);
    connect(&m_meterTimer, &QTimer::timeout, this, &RemoteServer::sendMeters);
    connectEvents();
}

RemoteServer::~RemoteServer()
{
    // Aborting emits disconnected at once: the list is not walked while drop() edits it.
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool RemoteServer::originAllowed(const QString &origin, quint16 port, const QStringList &extra)
{
    if (origin.isEmpty())
        return true;
    const QString lower = origin.trimmed().toLower();
    for (const QString &allowed : extra) {
        if (allowed.trimmed().toLower() == lower)
            return true;
    }
    const QUrl url(lower, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || !url.path().isEmpty())
        return false;
    if (url.port() != port)
        return false;
    // A page served by this machine on our port: localhost, or one of its own addresses
    // (websocket-client sends the address it dialled). Never a name DNS could point here.
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && (address.isLoopback() || QNetworkInterface::allAddresses().contains(address));
}

Status RemoteServer::listen()
{
    const bool tls = !m_config.tlsCertificate.isEmpty() || !m_config.tlsKey.isEmpty();
    m_server = new QWebSocketServer(QStringLiteral("VIDA³ Studio"),
                                    tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (tls) {
        QSslConfiguration ssl;
        if (Status loaded = loadTls(m_config, &ssl); !loaded)
            return loaded;
        m_server->setSslConfiguration(ssl);
    }
    m_server->setSupportedSubprotocols({QLatin1String(kJsonSubprotocol), QLatin1String(kMsgPackSubprotocol)});
    m_server->setMaxPendingConnections(m_config.maxClients);
    connect(m_server, &QWebSocketServer::originAuthenticationRequired, this, [this](QWebSocketCorsAuthenticator *auth) {
        auth->setAllowed(originAllowed(auth->origin(), port(), m_config.extraOrigins));
        if (!auth->allowed())
            qCWarning(lcRemote, "remote control: refused a page from %s", qUtf8Printable(auth->origin().left(200)));
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &RemoteServer::onNewConnection);
    const QHostAddress address = m_config.lan ? QHostAddress(QHostAddress::Any) : QHostAddress(QHostAddress::LocalHost);
    bool listening = false;
    if (tls) {
        listening = m_server->listen(address, m_config.port);
    } else {
        // Our own TCP listener hands each connection over with Nagle's algorithm off: answers
        // are small, and waiting for the client's next packet to carry the ACK would add ~20 ms.
        m_tcp = new QTcpServer(this);
        m_tcp->setMaxPendingConnections(m_config.maxClients);
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                m_server->handleConnection(socket);
            }
        });
        listening = m_tcp->listen(address, m_config.port);
    }
    if (!listening)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("remote control cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(m_config.port)
                         .arg(m_tcp ? m_tcp->errorString() : m_server->errorString())};
    qCInfo(lcRemote, "remote control listening on %s://%s:%d%s", tls ? "wss" : "ws", qUtf8Printable(address.toString()),
           port(), m_config.lan ? " (every network interface: anyone on the network who has the password can control the studio)" : "");
    return Status::ok();
}

quint16 RemoteServer::port() const
{
    if (m_tcp)
        return m_tcp->serverPort();
    return m_server ? m_server->serverPort() : 0;
}

void RemoteServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const QString address = socket->peerAddress().toString();
        int identified = 0;
        int pendingHere = 0;
        for (const Client &client : std::as_const(m_clients)) {
            if (client.session->isIdentified())
                ++identified;
            else if (client.address == address)
                ++pendingHere;
        }
        if (identified >= m_config.maxClients || pendingHere >= m_config.maxPendingPerAddress) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Too many remote control clients."));
            socket->deleteLater();
            continue;
        }
        Client client;
        client.socket = socket;
        client.encoding = socket->subprotocol() == QLatin1String(kMsgPackSubprotocol) ? Encoding::MsgPack : Encoding::Json;
        client.address = address;
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
        client.session = new RemoteSession(m_auth, m_router, socket);
        const RemoteStudio::Video video = m_studio.video();
        client.session->setFrameIntervalMs(1000.0 * video.fpsDenominator / std::max(1, video.fpsNumerator));
        m_clients.insert(socket, client);
        RemoteSession *session = client.session;
        connect(session, &RemoteSession::send, socket, [this, socket](const QJsonObject &message) {
            const auto it = m_clients.constFind(socket);
            if (it != m_clients.cend())
                send(*it, message);
        });
        connect(session, &RemoteSession::closeRequested, socket, [socket](int code, const QString &reason) {
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
        });
        connect(session, &RemoteSession::authenticationFailed, this, [this, address] {
            m_throttle.failed(address, m_clock.elapsed());
            qCWarning(lcRemote, "remote control: a client at %s gave a wrong password", qUtf8Printable(address));
        });
        connect(session, &RemoteSession::identified, this, [this, address] {
            m_throttle.succeeded(address);
            qCInfo(lcRemote, "remote control: a client at %s connected", qUtf8Printable(address));
            if (!m_meterTimer.isActive())
                m_meterTimer.start();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        QTimer::singleShot(kIdentifyTimeoutMs, session, [session] {
            if (!session->isIdentified())
                session->timeOut();
        });
        const int64_t delay = m_throttle.delayMs(address, m_clock.elapsed());
        if (delay > 0)
            QTimer::singleShot(static_cast<int>(delay), Qt::PreciseTimer, socket, [this, socket] { greet(socket); });
        else
            greet(socket);
    }
}

void RemoteServer::send(const Client &client, const QJsonObject &message)
{
    const QByteArray bytes = encodeMessage(message, client.encoding);
    if (client.encoding == Encoding::MsgPack)
        client.socket->sendBinaryMessage(bytes);
    else
        client.socket->sendTextMessage(QString::fromUtf8(bytes));
}

void RemoteServer::greet(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    // Only now are the client's messages read: an Identify cannot race its own Hello (and the
    // throttle's delay).
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onFrame(socket, text.toUtf8(), false); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &bytes) { onFrame(socket, bytes, true); });
    send(*it, it->session->hello());
}

void RemoteServer::onFrame(QWebSocket *socket, const QByteArray &bytes, bool binary)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    RemoteSession *session = it->session;
    if (binary != (it->encoding == Encoding::MsgPack)) {
        session->refuseUndecodable(binary ? QStringLiteral("Binary frames are not used with obswebsocket.json.")
                                          : QStringLiteral("Text frames are not used with obswebsocket.msgpack."));
        return;
    }
    Expected<QJsonObject> message = decodeMessage(bytes, it->encoding);
    if (!message) {
        session->refuseUndecodable(it->encoding == Encoding::MsgPack
                                       ? QStringLiteral("Unable to decode MessagePack: %1").arg(message.error().detail)
                                       : QStringLiteral("Unable to decode JSON: %1").arg(message.error().detail));
        return;
    }
    session->receive(message.value());
}

void RemoteServer::drop(QWebSocket *socket)
{
    m_clients.remove(socket);
    socket->deleteLater();  // the session goes with it
    if (m_clients.isEmpty())
        m_meterTimer.stop();
}

void RemoteServer::shutdown()
{
    broadcast(subscription::General, QStringLiteral("ExitStarted"), {}, false);
    m_meterTimer.stop();
    // Closing may emit disconnected at once, and drop() edits the list: walk a copy.
    const QList<Client> clients = m_clients.values();
    for (const Client &client : clients) {
        client.session->abandon();
        if (client.socket)
            client.socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Server stopping."));
    }
    if (m_tcp)
        m_tcp->close();
    if (m_server)
        m_server->close();
}

void RemoteServer::broadcast(uint32_t intent, const QString &type, const QJsonObject &data, bool hasData)
{
    QJsonObject d{{QStringLiteral("eventType"), type}, {QStringLiteral("eventIntent"), static_cast<qint64>(intent)}};
    if (hasData)
        d.insert(QStringLiteral("eventData"), data);
    const QJsonObject message{{QStringLiteral("op"), static_cast<int>(OpCode::Event)}, {QStringLiteral("d"), d}};
    QByteArray json;
    QByteArray msgpack;
    for (const Client &client : std::as_const(m_clients)) {
        if (!client.socket || !client.session->wants(intent))
            continue;
        client.session->countOutgoing();
        if (client.encoding == Encoding::MsgPack) {
            if (msgpack.isEmpty())
                msgpack = encodeMessage(message, Encoding::MsgPack);
            client.socket->sendBinaryMessage(msgpack);
        } else {
            if (json.isEmpty())
                json = encodeMessage(message, Encoding::Json);
            client.socket->sendTextMessage(QString::fromUtf8(json));
        }
    }
}

void RemoteServer::connectEvents()
{
    RemoteStudio *s = &m_studio;
    connect(s, &RemoteStudio::streamStateChanged, this, [this](bool active, const QString &state) {
        broadcast(subscription::Outputs, QStringLiteral("StreamStateChanged"),
                  {{QStringLiteral("outputActive"), active}, {QStringLiteral("outputState"), state}});
    });
    connect(s, &RemoteStudio::recordStateChanged, this, [this](bool active, const QString &state, const QString &path) {
        broadcast(subscription::Outputs, QStringLiteral("RecordStateChanged"),
                  {{QStringLiteral("outputActive"), active},
                   {QStringLiteral("outputState"), state},
                   {QStringLiteral("outputPath"), path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path)}});
    });
    const auto sceneEvent = [this, s](const QString &type) {
        return [this, s, type](const QString &id) {
            broadcast(subscription::Scenes, type,
                      {{QStringLiteral("sceneName"), sceneName(*s, id)}, {QStringLiteral("sceneUuid"), sceneUuid(id)}});
        };
    };
    connect(s, &RemoteStudio::programSceneChanged, this, sceneEvent(QStringLiteral("CurrentProgramSceneChanged")));
    connect(s, &RemoteStudio::previewSceneChanged, this, sceneEvent(QStringLiteral("CurrentPreviewSceneChanged")));
    connect(s, &RemoteStudio::sceneListChanged, this, [this] {
        broadcast(subscription::Scenes, QStringLiteral("SceneListChanged"), {{QStringLiteral("scenes"), sceneListArray(m_studio)}});
    });
    connect(s, &RemoteStudio::studioModeChanged, this, [this](bool enabled) {
        broadcast(subscription::Ui, QStringLiteral("StudioModeStateChanged"), {{QStringLiteral("studioModeEnabled"), enabled}});
    });
    connect(s, &RemoteStudio::transitionChanged, this, [this](const QString &name) {
        broadcast(subscription::Transitions, QStringLiteral("CurrentSceneTransitionChanged"),
                  {{QStringLiteral("transitionName"), name},
                   {QStringLiteral("transitionUuid"), transitionUuid(name)}});
    });
    connect(s, &RemoteStudio::itemEnabledChanged, this, [this, s](const QString &sceneId, int itemId, bool enabled) {
        broadcast(subscription::SceneItems, QStringLiteral("SceneItemEnableStateChanged"),
                  {{QStringLiteral("sceneName"), sceneName(*s, sceneId)},
                   {QStringLiteral("sceneUuid"), sceneUuid(sceneId)},
                   {QStringLiteral("sceneItemId"), itemId},
                   {QStringLiteral("sceneItemEnabled"), enabled}});
    });
    connect(s, &RemoteStudio::inputMuteChanged, this, [this](const QString &name, bool muted) {
        broadcast(subscription::Inputs, QStringLiteral("InputMuteStateChanged"),
                  {{QStringLiteral("inputName"), name}, {QStringLiteral("inputUuid"), inputUuid(name)},
                   {QStringLiteral("inputMuted"), muted}});
    });
    connect(s, &RemoteStudio::inputVolumeChanged, this, [this](const QString &name, double db) {
        broadcast(subscription::Inputs, QStringLiteral("InputVolumeChanged"),
                  {{QStringLiteral("inputName"), name}, {QStringLiteral("inputUuid"), inputUuid(name)},
                   {QStringLiteral("inputVolumeMul"), volumeMul(db)},
                   {QStringLiteral("inputVolumeDb"), volumeDb(db)}});
    });
    connect(s, &RemoteStudio::exitStarted, this, &RemoteServer::shutdown);
}

void RemoteServer::sendMeters()
{
    bool anyone = false;
    for (const Client &client : std::as_const(m_clients))
        anyone = anyone || client.session->wants(subscription::InputVolumeMeters);
    if (!anyone)
        return;
    QJsonArray inputs;
    for (const RemoteStudio::InputLevels &levels : m_studio.takeLevels()) {
        // OBS's format: per audio channel [magnitude, peak, input peak], linear. Our meters are
        // per mixer channel, so both of a stereo pair carry the same values.
        const QJsonArray perChannel{levels.rmsMul, levels.peakMul, levels.inputPeakMul};
        inputs.append(QJsonObject{{QStringLiteral("inputName"), levels.name},
                                  {QStringLiteral("inputUuid"), inputUuid(levels.name)},
                                  {QStringLiteral("inputLevelsMul"), QJsonArray{perChannel, perChannel}}});
    }
    broadcast(subscription::InputVolumeMeters, QStringLiteral("InputVolumeMeters"), {{QStringLiteral("inputs"), inputs}});
}

}  // namespace vida3::studio::remote
