// SPDX-License-Identifier: GPL-2.0-or-later
// A real QWebSocket client against RelayServer on its own thread: authentication, every
// refusal with its close code, and decoded JPEG and H.264 frames arriving in the slot.
#include "encoder/avhandles.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/relayserver.h"
#include "studio/relay/steadyclock.h"
#include "studio/relay/relaytoken.h"
#include "tests/relay/relaytestmessages.h"

#include <QBuffer>
#include <QDateTime>
#include <QEventLoop>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace vida3::studio::relay;

namespace {
const QByteArray kSecret = QByteArrayLiteral("test secret with 32 bytes.......");

QString token(const QString &source, const QByteArray &secret = kSecret)
{
    return RelayToken::issue(secret, source, 300, QDateTime::currentSecsSinceEpoch());
}

QString hello(const QString &source, const QString &tok, const QString &codecs = QStringLiteral("\"jpeg\""))
{
    return QStringLiteral(R"({"type":"hello","version":1,"token":"%1","source":"%2","video":{"codecs":[%3],"width":64,"height":48,"fps":30}})")
        .arg(tok, source, codecs);
}

QByteArray media(MediaCodec codec, int w, int h, const QByteArray &payload, uint32_t seq, bool key = true,
                 int64_t timestampUs = 0)
{
    return vida3::tests::videoMessage(codec, QSize(w, h), payload, seq, key, timestampUs);
}

// One client connection and everything it hears.
struct Client
{
    explicit Client(const QString &origin = QString()) : socket(origin)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) { texts.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
    bool hasType(const QString &type) const
    {
        return std::any_of(texts.begin(), texts.end(), [&](const QJsonObject &o) { return o.value(QStringLiteral("type")).toString() == type; });
    }
    QString refusedReason() const
    {
        for (const QJsonObject &o : texts) {
            if (o.value(QStringLiteral("type")).toString() == u"refused")
                return o.value(QStringLiteral("reason")).toString();
        }
        return {};
    }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    QWebSocket socket;
    QList<QJsonObject> texts;
};

QByteArray jpeg(QColor color, QSize size)
{
    return vida3::tests::solidJpeg(color, size);
}

// Annex B H.264 from libx264 (as a browser's WebCodecs sends it: SPS/PPS in every keyframe).
QList<QByteArray> h264Frames(int w, int h, int count)
{
    using namespace vida3::encoder;
    QList<QByteArray> out;
    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        return out;
    AvCodecContextPtr c(avcodec_alloc_context3(codec));
    c->width = w;
    c->height = h;
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->time_base = {1, 30};
    c->gop_size = 10;
    c->max_b_frames = 0;
    AvDictionary options;
    options.set("preset", "ultrafast");
    options.set("tune", "zerolatency");
    if (avcodec_open2(c.get(), codec, options.out()) < 0)
        return out;
    AvFramePtr frame = makeFrame();
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = w;
    frame->height = h;
    av_frame_get_buffer(frame.get(), 0);
    AvPacketPtr packet = makePacket();
    for (int i = 0; i <= count; ++i) {
        if (i < count) {
            av_frame_make_writable(frame.get());
            // Pure red in BT.601 limited range.
            for (int y = 0; y < h; ++y)
                memset(frame->data[0] + y * frame->linesize[0], 81, static_cast<size_t>(w));
            for (int y = 0; y < h / 2; ++y) {
                memset(frame->data[1] + y * frame->linesize[1], 90, static_cast<size_t>(w / 2));
                memset(frame->data[2] + y * frame->linesize[2], 240, static_cast<size_t>(w / 2));
            }
            frame->pts = i;
        }
        avcodec_send_frame(c.get(), i < count ? frame.get() : nullptr);
        while (avcodec_receive_packet(c.get(), packet.get()) == 0) {
            out.append(QByteArray(reinterpret_cast<const char *>(packet->data), packet->size));
            av_packet_unref(packet.get());
        }
    }
    return out;
}
}  // namespace

class TestRelayServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<RelayServer> makeServer(RelayConfig config = {})
    {
        config.port = 0;
        m_hub = std::make_shared<RelayHub>(48000, 2);
        auto server = std::make_unique<RelayServer>(config, m_hub);
        const auto started = server->start(kSecret);
        if (!started)
            qWarning("%s", qPrintable(started.error().detail));
        return server;
    }

    std::shared_ptr<RelayHub> m_hub;

private Q_SLOTS:
    void acceptsAValidHello()
    {
        auto server = makeServer();
        QVERIFY(server->port() != 0);
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("overlay"), token(QStringLiteral("overlay")), QStringLiteral("\"vp8\",\"h264\"")));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        const QJsonObject accepted = client.texts.first();
        QCOMPARE(accepted.value(QStringLiteral("video")).toObject().value(QStringLiteral("codec")).toString(), QStringLiteral("h264"));
        QTRY_VERIFY(m_hub->find(QStringLiteral("overlay")) && m_hub->find(QStringLiteral("overlay"))->isConnected());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::newRow("bad token") << QStringLiteral("badToken") << QStringLiteral("bad_token") << 4001;
        QTest::newRow("token for another source") << QStringLiteral("otherSource") << QStringLiteral("bad_token") << 4001;
        QTest::newRow("origin") << QStringLiteral("origin") << QStringLiteral("origin_not_allowed") << 4003;
        QTest::newRow("binary before hello") << QStringLiteral("binaryFirst") << QStringLiteral("malformed") << 4400;
        QTest::newRow("not json") << QStringLiteral("notJson") << QStringLiteral("malformed") << 4400;
        QTest::newRow("wrong path") << QStringLiteral("path") << QStringLiteral("malformed") << 4400;
        QTest::newRow("no codec in common") << QStringLiteral("codec") << QStringLiteral("unsupported_codec") << 4015;
        QTest::newRow("codec not negotiated") << QStringLiteral("mediaCodec") << QStringLiteral("unsupported_codec") << 4015;
        QTest::newRow("message too large") << QStringLiteral("tooLarge") << QStringLiteral("message_too_large") << 1009;
        QTest::newRow("malformed header") << QStringLiteral("badHeader") << QStringLiteral("malformed") << 4400;
        QTest::newRow("auth timeout") << QStringLiteral("timeout") << QStringLiteral("auth_timeout") << 4408;
    }
    void refusals()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, reason);
        QFETCH(int, code);
        RelayConfig config;
        config.helloTimeoutMs = 300;
        auto server = makeServer(config);
        Client client(scenario == u"origin" ? QStringLiteral("https://evil.example") : QString());
        QUrl url = server->url();
        if (scenario == u"path")
            url.setPath(QStringLiteral("/v2"));
        QVERIFY(client.open(url));
        const QString good = hello(QStringLiteral("cam"), token(QStringLiteral("cam")));
        if (scenario == u"badToken")
            client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"), "wrong secret")));
        else if (scenario == u"otherSource")
            client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("other"))));
        else if (scenario == u"binaryFirst")
            client.socket.sendBinaryMessage(media(MediaCodec::Jpeg, 8, 8, "x", 0));
        else if (scenario == u"notJson")
            client.socket.sendTextMessage(QStringLiteral("{nope"));
        else if (scenario == u"codec")
            client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam")), QStringLiteral("\"vp9\"")));
        else if (scenario == u"origin" || scenario == u"path" || scenario == u"timeout")
            ;
        else {
            client.socket.sendTextMessage(good);
            QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
            if (scenario == u"mediaCodec")
                client.socket.sendBinaryMessage(media(MediaCodec::Png, 8, 8, "x", 0));
            else if (scenario == u"tooLarge")
                client.socket.sendBinaryMessage(media(MediaCodec::Jpeg, 16, 16, QByteArray(70000, 'x'), 0));
            else if (scenario == u"badHeader")
                client.socket.sendBinaryMessage(QByteArray(10, '\1'));
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
        QCOMPARE(client.refusedReason(), reason);
        QCOMPARE(int(client.socket.closeCode()), code);
    }

    void tooManySources()
    {
        RelayConfig config;
        config.maxSources = 1;
        auto server = makeServer(config);
        Client first;
        QVERIFY(first.open(server->url()));
        first.socket.sendTextMessage(hello(QStringLiteral("a"), token(QStringLiteral("a"))));
        QTRY_VERIFY(first.hasType(QStringLiteral("accepted")));
        Client second;
        QVERIFY(second.open(server->url()));
        second.socket.sendTextMessage(hello(QStringLiteral("b"), token(QStringLiteral("b"))));
        QTRY_VERIFY(second.closed());
        QCOMPARE(second.refusedReason(), QStringLiteral("too_many_sources"));
        QCOMPARE(int(second.socket.closeCode()), 4008);
        QVERIFY(!first.closed());
    }

    void rateLimited()
    {
        RelayConfig config;
        config.maxConnectionsPerMinute = 2;
        auto server = makeServer(config);
        Client a, b, c;
        QVERIFY(a.open(server->url()));
        QVERIFY(b.open(server->url()));
        QVERIFY(c.open(server->url()));
        QTRY_VERIFY(c.closed());
        QCOMPARE(c.refusedReason(), QStringLiteral("rate_limited"));
        QCOMPARE(int(c.socket.closeCode()), 4029);
        QVERIFY(!a.closed());
    }

    void idleSourceShowsDisconnectedAndReconnectTakesItBack()
    {
        RelayConfig config;
        config.idleTimeoutMs = 1200;
        auto server = makeServer(config);
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        auto feed = m_hub->find(QStringLiteral("cam"));
        QVERIFY(feed && feed->isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
        QCOMPARE(client.refusedReason(), QStringLiteral("idle"));
        QCOMPARE(int(client.socket.closeCode()), 4410);
        QVERIFY(!feed->isConnected());
        Client again;
        QVERIFY(again.open(server->url()));
        again.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(again.hasType(QStringLiteral("accepted")));
        QCOMPARE(m_hub->find(QStringLiteral("cam")), feed);  // the same feed: the layer takes it back
        QTRY_VERIFY(feed->isConnected());
    }

    void sameNameReplacesTheOldConnection()
    {
        auto server = makeServer();
        Client first, second;
        QVERIFY(first.open(server->url()));
        first.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(first.hasType(QStringLiteral("accepted")));
        QVERIFY(second.open(server->url()));
        second.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(second.hasType(QStringLiteral("accepted")));
        QTRY_VERIFY(first.closed());
        QCOMPARE(int(first.socket.closeCode()), 4409);
        QTRY_VERIFY(m_hub->find(QStringLiteral("cam"))->isConnected());
    }

    void rotatingTheSecretClosesLiveSources()
    {
        auto server = makeServer();
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        server->setSecret(QByteArrayLiteral("a brand new secret of 32 bytes.."));
        QTRY_VERIFY(client.closed());
        QCOMPARE(int(client.socket.closeCode()), 4001);
        Client old;
        QVERIFY(old.open(server->url()));
        old.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(old.closed());
        QCOMPARE(old.refusedReason(), QStringLiteral("bad_token"));
    }

    void jpegFrameReachesTheSlot()
    {
        auto server = makeServer();
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        client.socket.sendBinaryMessage(media(MediaCodec::Jpeg, 64, 48, jpeg(QColor(0, 200, 0), {64, 48}), 0));
        auto feed = m_hub->find(QStringLiteral("cam"));
        QImage frame;
        uint64_t generation = 0;
        // take() consumes the frame, so wait on the counter (QTRY evaluates its expression twice).
        QTRY_COMPARE(feed->frames().counters().published, int64_t(1));
        QVERIFY(feed->frames().take(&frame, &generation, 0));
        QCOMPARE(frame.size(), QSize(64, 48));
        const QColor c = frame.pixelColor(32, 24);
        QVERIFY2(c.green() > 180 && c.red() < 40 && c.blue() < 40, qPrintable(c.name()));
        QVERIFY(!client.closed());
    }

    void h264FramesReachTheSlot()
    {
        const QList<QByteArray> frames = h264Frames(160, 96, 12);
        if (frames.isEmpty())
            QSKIP("libavcodec has no libx264 encoder here");
        auto server = makeServer();
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam")), QStringLiteral("\"h264\"")));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        // A delta frame first: the relay must ask for a keyframe and skip it.
        client.socket.sendBinaryMessage(media(MediaCodec::H264, 160, 96, frames[1], 0, false));
        QTRY_VERIFY(client.hasType(QStringLiteral("keyframe")));
        for (qsizetype i = 0; i < frames.size(); ++i)
            client.socket.sendBinaryMessage(media(MediaCodec::H264, 160, 96, frames[i], uint32_t(i + 1), i % 10 == 0));
        auto feed = m_hub->find(QStringLiteral("cam"));
        QTRY_COMPARE(feed->frames().counters().published, int64_t(frames.size()));
        QImage frame;
        uint64_t generation = 0;
        QVERIFY(feed->frames().take(&frame, &generation, 0));
        QCOMPARE(frame.size(), QSize(160, 96));
        const QColor c = frame.pixelColor(80, 48);
        QVERIFY2(c.red() > 200 && c.green() < 40 && c.blue() < 40, qPrintable(c.name()));
        QVERIFY(!client.closed());
    }

    // A page whose frames land just after each render tick would wait a whole tick: the relay
    // asks it to capture sooner (pace), and once the page has reported its clock the stats
    // count latency from the page's capture. The test thread plays the render thread.
    void framesOutOfPhaseArePacedAndLatencyCountsFromCapture()
    {
        auto server = makeServer();
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam"))));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        auto feed = m_hub->find(QStringLiteral("cam"));
        const QByteArray picture = jpeg(QColor(0, 0, 200), {64, 48});
        uint32_t seq = 0;
        QImage frame;
        uint64_t generation = 0;
        QTimer render;
        render.setTimerType(Qt::PreciseTimer);
        connect(&render, &QTimer::timeout, this, [&] {
            feed->frames().take(&frame, &generation, steadyUs());
            // The page captures 3 ms after the tick: a decoded frame waits ~30 ms for the next.
            QTimer::singleShot(3, Qt::PreciseTimer, &client.socket, [&] {
                // Like the page, it reports its clock now and then (here: with every frame).
                client.socket.sendTextMessage(QStringLiteral(R"({"type":"clock","us":%1})").arg(wallUs()));
                client.socket.sendBinaryMessage(media(MediaCodec::Jpeg, 64, 48, picture, seq++, true, wallUs()));
            });
        });
        render.start(33);
        // A plain event loop, not QTRY (which sleeps between polls and would blur the timing).
        QEventLoop loop;
        connect(&client.socket, &QWebSocket::textMessageReceived, &loop, [&] {
            if (client.hasType(QStringLiteral("pace")))
                loop.quit();
        });
        QTimer::singleShot(8000, &loop, &QEventLoop::quit);
        loop.exec();
        render.stop();
        QVERIFY(client.hasType(QStringLiteral("pace")));
        double shiftMs = 0;
        int captureLatencyMs = -1;
        for (const QJsonObject &o : std::as_const(client.texts)) {
            if (o.value(QStringLiteral("type")).toString() == u"pace")
                shiftMs = o.value(QStringLiteral("shiftMs")).toDouble();
            if (o.value(QStringLiteral("type")).toString() == u"stats")
                captureLatencyMs = o.value(QStringLiteral("captureLatencyMs")).toInt(-1);
        }
        // Waiting ~30 ms of a 33 ms tick against a target of 8 ms: capture ~11 ms sooner.
        QVERIFY2(shiftMs < -6 && shiftMs > -16, qPrintable(QString::number(shiftMs)));
        QVERIFY2(captureLatencyMs >= 25 && captureLatencyMs < 60, qPrintable(QString::number(captureLatencyMs)));
        QVERIFY(!client.closed());
    }

    void undecodablePayloadsDoNotCloseOrCrash()
    {
        auto server = makeServer();
        Client client;
        QVERIFY(client.open(server->url()));
        client.socket.sendTextMessage(hello(QStringLiteral("cam"), token(QStringLiteral("cam")), QStringLiteral("\"h264\"")));
        QTRY_VERIFY(client.hasType(QStringLiteral("accepted")));
        for (uint32_t i = 0; i < 50; ++i) {
            QByteArray junk(1000 + int(i) * 37, '\0');
            for (qsizetype j = 0; j < junk.size(); ++j)
                junk[j] = char((j * 131 + i * 7) & 0xff);
            if (i % 3 == 0)
                junk.prepend(QByteArray("\0\0\0\1\x67", 5));
            client.socket.sendBinaryMessage(media(MediaCodec::H264, 320, 240, junk, i, true));
        }
        client.socket.sendTextMessage(QStringLiteral(R"({"type":"future-thing"})"));
        QTest::qWait(300);
        QVERIFY(!client.closed());
    }
};

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"
