// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A real headless studio in the test process: a StreamSession rendering a three-scene
// collection (Red, Blue, Green) at 320x180, its SessionRemote, and the RemoteServer on a free
// loopback port; plus RemoteClient, a QWebSocket speaking JSON or MessagePack to it.

#include "encoder/secretredactor.h"
#include "studio/remote/messagecodec.h"
#include "studio/remote/remoteauth.h"
#include "studio/remote/remoteserver.h"
#include "studio/remote/sessionremote.h"
#include "studio/scene/collectionparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <deque>
#include <memory>

namespace vida3::test {

inline const QString kRemotePassword = QStringLiteral("correct horse battery");

inline studio::SceneCollection threeScenes()
{
    auto parsed = studio::parseSceneCollection(
        R"({"version":2,"program":"red","transition":{"kind":"cut"},"scenes":[
            {"id":"red","name":"Red","layers":[{"id":"fill","kind":"color","color":"#ff0000"}]},
            {"id":"blue","name":"Blue","layers":[{"id":"fill","kind":"color","color":"#0000ff"},
                                                  {"id":"caption","kind":"text","text":"hello","y":20,"height":40}]},
            {"id":"green","name":"Green","layers":[{"id":"fill","kind":"color","color":"#00ff00"}]}]})",
        QStringLiteral("remote-test"));
    return parsed ? parsed.value() : studio::SceneCollection{};
}

class RemoteStudioFixture
{
public:
    explicit RemoteStudioFixture(const QString &recordPath = {})
    {
        studio::StreamSession::Settings settings;
        settings.video.width = 320;
        settings.video.height = 180;
        settings.video.fps = 30;
        settings.video.bitrateKbps = 500;
        settings.video.x264Preset = QStringLiteral("ultrafast");
        settings.previewSize = QSize(160, 90);
        settings.programName = QStringLiteral("Red");
        collection = threeScenes();
        session = std::make_unique<studio::StreamSession>(collection.renderable(0), settings, redactor);
        session->startRendering();
        remote = std::make_unique<studio::remote::SessionRemote>(*session, collection, QList<studio::StreamDestination>{},
                                                                 recordPath);
        studio::remote::RemoteConfig config;
        config.port = 0;
        server = std::make_unique<studio::remote::RemoteServer>(config, kRemotePassword, *remote);
        listening = server->listen();
    }
    ~RemoteStudioFixture()
    {
        server.reset();
        remote.reset();
        if (session->hasOutputs()) {
            QSignalSpy stopped(session.get(), &studio::StreamSession::allStopped);
            session->stopAll();
            stopped.wait(10000);
        }
    }

    SecretRedactor redactor;
    studio::SceneCollection collection;
    std::unique_ptr<studio::StreamSession> session;
    std::unique_ptr<studio::remote::SessionRemote> remote;
    std::unique_ptr<studio::remote::RemoteServer> server;
    Status listening;
};

// A client for the tests' own checks of the wire (the real clients are in tests/remote-e2e).
class RemoteClient
{
public:
    explicit RemoteClient(studio::remote::Encoding encoding = studio::remote::Encoding::Json) : m_encoding(encoding)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) { take(text.toUtf8()); });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket, [this](const QByteArray &b) { take(b); });
    }

    bool open(quint16 port, const QString &origin = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        request.setRawHeader("Sec-WebSocket-Protocol", m_encoding == studio::remote::Encoding::MsgPack
                                                           ? QByteArrayLiteral("obswebsocket.msgpack")
                                                           : QByteArrayLiteral("obswebsocket.json"));
        if (!origin.isEmpty())
            request.setRawHeader("Origin", origin.toUtf8());
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(request);
        return connected.wait(5000);
    }
    // Reads Hello and identifies with password (empty: no authentication field at all).
    QJsonObject identify(const QString &password, qint64 subscriptions = 2047, int rpcVersion = 1, int helloTimeoutMs = 5000)
    {
        const QJsonObject hello = next(helloTimeoutMs);
        const QJsonObject auth = hello[u"d"].toObject()[u"authentication"].toObject();
        QJsonObject d{{QStringLiteral("rpcVersion"), rpcVersion}, {QStringLiteral("eventSubscriptions"), subscriptions}};
        if (!password.isEmpty())
            d.insert(QStringLiteral("authentication"),
                     QString::fromLatin1(studio::remote::RemoteAuth::answer(password, auth[u"salt"].toString().toLatin1(),
                                                                             auth[u"challenge"].toString().toLatin1())));
        send({{QStringLiteral("op"), 1}, {QStringLiteral("d"), d}});
        return next();
    }
    void send(const QJsonObject &message)
    {
        const QByteArray bytes = studio::remote::encodeMessage(message, m_encoding);
        if (m_encoding == studio::remote::Encoding::MsgPack)
            socket.sendBinaryMessage(bytes);
        else
            socket.sendTextMessage(QString::fromUtf8(bytes));
    }
    void sendRaw(const QByteArray &bytes, bool binary)
    {
        binary ? socket.sendBinaryMessage(bytes) : socket.sendTextMessage(QString::fromUtf8(bytes));
    }
    // The next message (empty after timeoutMs or a close).
    QJsonObject next(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_inbox.empty() && !closed() && clock.elapsed() < timeoutMs)
            QTest::qWait(5);
        if (m_inbox.empty())
            return {};
        QJsonObject m = m_inbox.front();
        m_inbox.pop_front();
        return m;
    }
    // The response to one request (events in between are kept for nextEvent()).
    QJsonObject request(const QString &type, const QJsonObject &data = {}, const QJsonValue &id = QStringLiteral("r"))
    {
        QJsonObject d{{QStringLiteral("requestType"), type}, {QStringLiteral("requestId"), id}};
        if (!data.isEmpty())
            d.insert(QStringLiteral("requestData"), data);
        send({{QStringLiteral("op"), 6}, {QStringLiteral("d"), d}});
        for (;;) {
            const QJsonObject m = next();
            if (m.isEmpty() || m[u"op"].toInt() == 7)
                return m[u"d"].toObject();
            m_events.push_back(m);
        }
    }
    // The next event of type (earlier ones of other types are dropped).
    QJsonObject nextEvent(const QString &type, int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            while (!m_events.empty()) {
                const QJsonObject e = m_events.front();
                m_events.pop_front();
                if (e[u"d"].toObject()[u"eventType"].toString() == type)
                    return e[u"d"].toObject();
            }
            const int left = timeoutMs - static_cast<int>(clock.elapsed());
            if (left <= 0)
                return {};
            const QJsonObject m = next(left);
            if (m.isEmpty())
                return {};
            if (m[u"op"].toInt() == 5)
                m_events.push_back(m);
        }
    }
    // Every event received so far, and those arriving within waitMs.
    QList<QJsonObject> takeEvents(int waitMs)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const int left = waitMs - static_cast<int>(clock.elapsed());
            if (left <= 0)
                break;
            const QJsonObject m = next(left);
            if (m.isEmpty())
                break;
            if (m[u"op"].toInt() == 5)
                m_events.push_back(m);
        }
        QList<QJsonObject> events(m_events.begin(), m_events.end());
        m_events.clear();
        return events;
    }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    // Waits for the server to close; the code and reason it gave.
    std::pair<int, QString> closeOutcome(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!closed() && clock.elapsed() < timeoutMs)
            QTest::qWait(5);
        return {static_cast<int>(socket.closeCode()), socket.closeReason()};
    }

    QWebSocket socket;

private:
    void take(const QByteArray &bytes)
    {
        Expected<QJsonObject> m = studio::remote::decodeMessage(bytes, m_encoding);
        if (m)
            m_inbox.push_back(m.value());
    }
    studio::remote::Encoding m_encoding;
    std::deque<QJsonObject> m_inbox;
    std::deque<QJsonObject> m_events;
};

}  // namespace vida3::test
