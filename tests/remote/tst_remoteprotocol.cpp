// SPDX-License-Identifier: GPL-2.0-or-later
// The obs-websocket conversation over a real socket, against a real session: authentication
// and obs-websocket's exact close codes and reasons, origins, slowed guessing, request ids,
// batches with Sleep and haltOnFailure, subscriptions, events, and a switch that reaches the
// render (the programme preview turns from red to blue).
#include "remotefixture.h"

#include <QNetworkInterface>
#include <QTcpSocket>

using namespace vida3;
using namespace vida3::test;
using vida3::studio::remote::Encoding;

namespace {
QJsonObject op(int code, const QJsonObject &d)
{
    return {{QStringLiteral("op"), code}, {QStringLiteral("d"), d}};
}

int status(const QJsonObject &response)
{
    return response[u"requestStatus"].toObject()[u"code"].toInt();
}

// The programme preview's colour in the middle of the picture.
QColor programmeColour(const studio::StreamSession &session)
{
    const QImage image = session.latestPreview();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}
}  // namespace

class TestRemoteProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifiesWithThePassword_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("json") << static_cast<int>(Encoding::Json);
        QTest::newRow("msgpack") << static_cast<int>(Encoding::MsgPack);
    }
    void identifiesWithThePassword()
    {
        QFETCH(int, encoding);
        RemoteStudioFixture studio;
        QVERIFY2(studio.listening, qPrintable(studio.listening.error().detail));
        RemoteClient client(static_cast<Encoding>(encoding));
        QVERIFY(client.open(studio.server->port()));
        QCOMPARE(client.socket.subprotocol(), encoding == static_cast<int>(Encoding::MsgPack)
                                                  ? QStringLiteral("obswebsocket.msgpack") : QStringLiteral("obswebsocket.json"));
        const QJsonObject identified = client.identify(kRemotePassword);
        QCOMPARE(identified[u"op"].toInt(), 2);
        QCOMPARE(identified[u"d"].toObject()[u"negotiatedRpcVersion"].toInt(), 1);
        const QJsonObject version = client.request(QStringLiteral("GetVersion"));
        QCOMPARE(status(version), 100);
        QVERIFY(version[u"responseData"].toObject()[u"platformDescription"].toString().contains(u"VIDA"));
    }

    void closesWithObsWebSocketsCodesAndReasons_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QJsonObject>("first");  // sent instead of Identify when not empty
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QString missing = QStringLiteral(
            "Your payload's data is missing an `authentication` string, however authentication is required.");
        QTest::newRow("no password") << QString() << QJsonObject() << 4009 << missing;
        QTest::newRow("wrong password") << QStringLiteral("wrong horse") << QJsonObject() << 4009
                                        << QStringLiteral("Authentication failed.");
        QTest::newRow("request first") << QString() << op(6, {{QStringLiteral("requestType"), QStringLiteral("GetVersion")},
                                                              {QStringLiteral("requestId"), QStringLiteral("1")}})
                                       << 4007 << QStringLiteral("You attempted to send a non-Identify message while not identified.");
        QTest::newRow("unknown op") << QString() << op(99, {}) << 4007
                                    << QStringLiteral("You attempted to send a non-Identify message while not identified.");
        QTest::newRow("no d") << QString() << QJsonObject{{QStringLiteral("op"), 1}} << 4003
                              << QStringLiteral("Your payload is missing data (`d`).");
        QTest::newRow("v4 message") << QString() << QJsonObject{{QStringLiteral("request-type"), QStringLiteral("GetVersion")},
                                                               {QStringLiteral("message-id"), QStringLiteral("1")}}
                                    << 4010 << QString();
    }
    void closesWithObsWebSocketsCodesAndReasons()
    {
        QFETCH(QString, password);
        QFETCH(QJsonObject, first);
        QFETCH(int, code);
        QFETCH(QString, reason);
        RemoteStudioFixture studio;
        RemoteClient client;
        QVERIFY(client.open(studio.server->port()));
        if (first.isEmpty()) {
            client.identify(password);
        } else {
            QCOMPARE(client.next()[u"op"].toInt(), 0);
            client.send(first);
        }
        const auto [closeCode, closeReason] = client.closeOutcome();
        QCOMPARE(closeCode, code);
        if (!reason.isEmpty())
            QCOMPARE(closeReason, reason);
    }

    void closesOnProtocolMistakesAfterIdentify()
    {
        RemoteStudioFixture studio;
        {
            RemoteClient client;
            QVERIFY(client.open(studio.server->port()));
            client.identify(kRemotePassword);
            client.send(op(1, {{QStringLiteral("rpcVersion"), 1}}));
            QCOMPARE(client.closeOutcome().first, 4008);
        }
        {
            RemoteClient client;
            QVERIFY(client.open(studio.server->port()));
            client.identify(kRemotePassword);
            client.send(op(99, {}));
            QCOMPARE(client.closeOutcome(), std::make_pair(4006, QStringLiteral("Unknown OpCode: 99")));
        }
        {
            RemoteClient client;
            QVERIFY(client.open(studio.server->port()));
            client.identify(kRemotePassword, 2047, 2);
            QCOMPARE(client.closeOutcome().first, 4010);
        }
        {
            RemoteClient client(Encoding::MsgPack);
            QVERIFY(client.open(studio.server->port()));
            client.identify(kRemotePassword);
            client.sendRaw(R"({"op":6})", false);  // a text frame on a MessagePack session
            QCOMPARE(client.closeOutcome().first, 4002);
        }
        {
            RemoteClient client;
            QVERIFY(client.open(studio.server->port()));
            client.identify(kRemotePassword);
            client.sendRaw("{not json", false);
            QCOMPARE(client.closeOutcome().first, 4002);
        }
    }

    void refusesPagesFromOtherOrigins()
    {
        RemoteStudioFixture studio;
        const quint16 port = studio.server->port();
        RemoteClient evil;
        QVERIFY(!evil.open(port, QStringLiteral("https://evil.example")));
        RemoteClient own;
        QVERIFY(own.open(port, QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(own.identify(kRemotePassword)[u"op"].toInt(), 2);
        QVERIFY(studio::remote::RemoteServer::originAllowed({}, port, {}));
        QVERIFY(!studio::remote::RemoteServer::originAllowed(QStringLiteral("http://localhost:1"), port, {}));
        QVERIFY(!studio::remote::RemoteServer::originAllowed(QStringLiteral("null"), port, {}));
        QVERIFY(studio::remote::RemoteServer::originAllowed(QStringLiteral("https://deck.example"), port,
                                                           {QStringLiteral("https://deck.example")}));
        // websocket-client (obsws-python) names the address it dialled: one of this machine's.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QString origin = QStringLiteral("http://%1:%2").arg(address.toString()).arg(port);
            QVERIFY2(studio::remote::RemoteServer::originAllowed(origin, port, {}), qPrintable(origin));
            QVERIFY(!studio::remote::RemoteServer::originAllowed(QStringLiteral("http://%1:%2").arg(address.toString()).arg(port + 1), port, {}));
        }
        QVERIFY(!studio::remote::RemoteServer::originAllowed(QStringLiteral("http://203.0.113.77:%1").arg(port), port, {}));
    }

    void listensOnLoopbackOnly()
    {
        RemoteStudioFixture studio;
        const quint16 port = studio.server->port();
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            ++tried;
            QTcpSocket socket;
            socket.connectToHost(address, port);
            QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString() + QStringLiteral(" accepted")));
        }
        if (tried == 0)
            QSKIP("this machine has no non-loopback IPv4 address to try");
    }

    void slowsRepeatedWrongPasswords()
    {
        RemoteStudioFixture studio;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            RemoteClient client;
            QVERIFY(client.open(studio.server->port()));
            QVERIFY(!client.identify(QStringLiteral("guess %1").arg(i)).isEmpty() || client.closed());
            QCOMPARE(client.closeOutcome().first, 4009);
        }
        // Three free failures, then 1 s and 2 s before the next greetings.
        QVERIFY2(clock.elapsed() >= 3000, qPrintable(QString::number(clock.elapsed())));
        // Nothing sent before the (late) Hello is read: no guess skips the wait. An answer to an
        // empty challenge (what a client that does not wait would have to send) gets nowhere.
        RemoteClient rushed;
        QVERIFY(rushed.open(studio.server->port()));
        rushed.send(op(1, {{QStringLiteral("rpcVersion"), 1},
                           {QStringLiteral("authentication"),
                            QString::fromLatin1(studio::remote::RemoteAuth::answer(kRemotePassword, QByteArray(), QByteArray()))}}));
        const QJsonObject first = rushed.next(15000);
        QCOMPARE(first[u"op"].toInt(), 0);  // the Hello, not Identified
        QVERIFY(clock.elapsed() >= 5000);
        // The rightful user still gets in, with the password and the challenge given.
        RemoteClient right;
        QVERIFY(right.open(studio.server->port()));
        QCOMPARE(right.identify(kRemotePassword, 0, 1, 15000)[u"op"].toInt(), 2);  // after the 4 s wait
    }

    void echoesRequestIdsWithTheirType()
    {
        RemoteStudioFixture studio;
        RemoteClient client(Encoding::MsgPack);
        QVERIFY(client.open(studio.server->port()));
        client.identify(kRemotePassword, 0);
        const QJsonObject numeric = client.request(QStringLiteral("GetVersion"), {}, 17);
        QVERIFY(numeric[u"requestId"].isDouble());
        QCOMPARE(numeric[u"requestId"].toInteger(), 17);
        const QJsonObject text = client.request(QStringLiteral("GetVersion"), {}, QStringLiteral("17"));
        QCOMPARE(text[u"requestId"].toString(), QStringLiteral("17"));
        const QJsonObject unknown = client.request(QStringLiteral("DoSomethingElse"));
        QCOMPARE(status(unknown), 204);
        QCOMPARE(unknown[u"requestStatus"].toObject()[u"result"].toBool(), false);
        QCOMPARE(status(client.request(QStringLiteral("Sleep"), {{QStringLiteral("sleepMillis"), 10}})), 206);
    }

    void runsBatchesInOrderWithSleep()
    {
        RemoteStudioFixture studio;
        RemoteClient client;
        QVERIFY(client.open(studio.server->port()));
        client.identify(kRemotePassword, 0);
        client.send(op(8, {{QStringLiteral("requestId"), QStringLiteral("empty")}, {QStringLiteral("requests"), QJsonArray{}}}));
        const QJsonObject empty = client.next();
        QCOMPARE(empty[u"op"].toInt(), 9);
        QCOMPARE(empty[u"d"].toObject()[u"results"].toArray().size(), 0);

        QElapsedTimer clock;
        clock.start();
        client.send(op(8, {{QStringLiteral("requestId"), QStringLiteral("b")},
                           {QStringLiteral("requests"),
                            QJsonArray{QJsonObject{{QStringLiteral("requestType"), QStringLiteral("SetCurrentProgramScene")},
                                                   {QStringLiteral("requestData"), QJsonObject{{QStringLiteral("sceneName"), QStringLiteral("Blue")}}}},
                                       QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Sleep")},
                                                   {QStringLiteral("requestData"), QJsonObject{{QStringLiteral("sleepMillis"), 400}}}},
                                       QJsonObject{{QStringLiteral("requestType"), QStringLiteral("GetCurrentProgramScene")}}}}}));
        // Sent while the batch sleeps: answered after it.
        client.send(op(6, {{QStringLiteral("requestType"), QStringLiteral("GetVersion")}, {QStringLiteral("requestId"), QStringLiteral("after")}}));
        const QJsonObject batch = client.next();
        QCOMPARE(batch[u"op"].toInt(), 9);
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
        const QJsonArray results = batch[u"d"].toObject()[u"results"].toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[2].toObject()[u"responseData"].toObject()[u"sceneName"].toString(), QStringLiteral("Blue"));
        QCOMPARE(client.next()[u"d"].toObject()[u"requestId"].toString(), QStringLiteral("after"));

        client.send(op(8, {{QStringLiteral("requestId"), QStringLiteral("h")},
                           {QStringLiteral("haltOnFailure"), true},
                           {QStringLiteral("requests"),
                            QJsonArray{QJsonObject{{QStringLiteral("requestType"), QStringLiteral("GetVersion")}},
                                       QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Nope")}},
                                       QJsonObject{{QStringLiteral("requestType"), QStringLiteral("GetVersion")}}}}}));
        QCOMPARE(client.next()[u"d"].toObject()[u"results"].toArray().size(), 2);
    }

    void sendsSubscribedEventsOnly()
    {
        RemoteStudioFixture studio;
        RemoteClient all;
        RemoteClient none;
        QVERIFY(all.open(studio.server->port()));
        QVERIFY(none.open(studio.server->port()));
        all.identify(kRemotePassword, 2047 | (1 << 16));
        none.identify(kRemotePassword, 0);
        QCOMPARE(status(none.request(QStringLiteral("SetInputMute"),
                                     {{QStringLiteral("inputName"), QStringLiteral("tone")}, {QStringLiteral("inputMuted"), true}})), 100);
        const QJsonObject muted = all.nextEvent(QStringLiteral("InputMuteStateChanged"));
        QCOMPARE(muted[u"eventIntent"].toInt(), 8);
        QCOMPARE(muted[u"eventData"].toObject()[u"inputMuted"].toBool(), true);
        QCOMPARE(none.request(QStringLiteral("GetInputMute"), {{QStringLiteral("inputName"), QStringLiteral("tone")}})
                     [u"responseData"].toObject()[u"inputMuted"].toBool(), true);
        QVERIFY(studio.session->channels().front().control->muted.load());
        // Meters every 50 ms to the subscriber: at least 10 in 2 s.
        int meters = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 2000 && !all.nextEvent(QStringLiteral("InputVolumeMeters"), 2000).isEmpty())
            ++meters;
        QVERIFY2(meters >= 10, qPrintable(QString::number(meters)));
        QVERIFY(none.next(300).isEmpty());  // subscriptions 0: nothing, ever
    }

    void programmeSwitchReachesTheRender()
    {
        RemoteStudioFixture studio;
        QTRY_VERIFY_WITH_TIMEOUT(programmeColour(*studio.session).red() > 200, 10000);
        RemoteClient client;
        QVERIFY(client.open(studio.server->port()));
        client.identify(kRemotePassword);
        QCOMPARE(status(client.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), QStringLiteral("Blue")}})), 100);
        const QJsonObject changed = client.nextEvent(QStringLiteral("CurrentProgramSceneChanged"));
        QCOMPARE(changed[u"eventData"].toObject()[u"sceneName"].toString(), QStringLiteral("Blue"));
        QTRY_VERIFY_WITH_TIMEOUT(programmeColour(*studio.session).blue() > 200 && programmeColour(*studio.session).red() < 50, 10000);
        // Studio mode: the preview is chosen, Take puts it on air.
        QCOMPARE(status(client.request(QStringLiteral("SetStudioModeEnabled"), {{QStringLiteral("studioModeEnabled"), true}})), 100);
        QCOMPARE(status(client.request(QStringLiteral("SetCurrentPreviewScene"), {{QStringLiteral("sceneName"), QStringLiteral("Green")}})), 100);
        QCOMPARE(status(client.request(QStringLiteral("TriggerStudioModeTransition"))), 100);
        QTRY_VERIFY_WITH_TIMEOUT(programmeColour(*studio.session).green() > 200 && programmeColour(*studio.session).blue() < 50, 10000);
        QCOMPARE(client.request(QStringLiteral("GetCurrentPreviewScene"))[u"responseData"].toObject()[u"sceneName"].toString(),
                 QStringLiteral("Blue"));
        // A hidden layer disappears from the programme.
        QCOMPARE(status(client.request(QStringLiteral("SetSceneItemEnabled"),
                                       {{QStringLiteral("sceneName"), QStringLiteral("Green")},
                                        {QStringLiteral("sceneItemId"), 1},
                                        {QStringLiteral("sceneItemEnabled"), false}})), 100);
        QTRY_VERIFY_WITH_TIMEOUT(programmeColour(*studio.session).green() < 50, 10000);
        QCOMPARE(status(client.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), QStringLiteral("Nowhere")}})), 600);
    }

    void neverHandsOutAStreamKey()
    {
        RemoteStudioFixture studio;
        RemoteClient client;
        QVERIFY(client.open(studio.server->port()));
        client.identify(kRemotePassword);
        QCOMPARE(status(client.request(QStringLiteral("SetStreamServiceSettings"),
                                       {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                                        {QStringLiteral("streamServiceSettings"), QJsonObject{}}})), 703);
        const QJsonObject service = client.request(QStringLiteral("GetStreamServiceSettings"))[u"responseData"].toObject();
        QCOMPARE(service[u"streamServiceSettings"].toObject()[u"key"].toString(), QString());
    }
};

QTEST_MAIN(TestRemoteProtocol)
#include "tst_remoteprotocol.moc"
