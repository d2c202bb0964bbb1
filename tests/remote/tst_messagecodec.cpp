// SPDX-License-Identifier: GPL-2.0-or-later
// The obs-websocket message codec: JSON and MessagePack (msgpack-c) both ways, and refusals
// of what a hostile client could send, without a crash or a large allocation.
#include "studio/remote/messagecodec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace vida3::studio::remote;

class TestMessageCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsBothEncodings_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("json") << static_cast<int>(Encoding::Json);
        QTest::newRow("msgpack") << static_cast<int>(Encoding::MsgPack);
    }
    void roundTripsBothEncodings()
    {
        QFETCH(int, encoding);
        const QJsonObject message{
            {QStringLiteral("op"), 6},
            {QStringLiteral("d"),
             QJsonObject{{QStringLiteral("requestType"), QStringLiteral("SetInputVolume")},
                         {QStringLiteral("requestId"), 42},
                         {QStringLiteral("requestData"),
                          QJsonObject{{QStringLiteral("inputName"), QStringLiteral("Mikrofon ü ☃")},
                                      {QStringLiteral("inputVolumeDb"), -6.5},
                                      {QStringLiteral("big"), qint64(1) << 40},
                                      {QStringLiteral("negative"), -3},
                                      {QStringLiteral("none"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("list"), QJsonArray{true, false, QStringLiteral("x")}}}}}}};
        const auto e = static_cast<Encoding>(encoding);
        const QByteArray bytes = encodeMessage(message, e);
        auto decoded = decodeMessage(bytes, e);
        QVERIFY2(decoded, qPrintable(decoded.error().detail));
        QCOMPARE(decoded.value(), message);
        // An integer requestId stays an integer (obsws-python sends integers and compares them).
        QCOMPARE(decoded->value(u"d").toObject().value(u"requestId").toInteger(), 42);
    }

    void integersAreMsgPackIntegers()
    {
        const QByteArray bytes = encodeMessage({{QStringLiteral("n"), 7}, {QStringLiteral("f"), 0.5}}, Encoding::MsgPack);
        // fixmap(2) "n" positive fixint 7 … "f" float64
        QVERIFY(bytes.contains(QByteArray("\xa1n\x07", 3)));
        QVERIFY(bytes.contains(QByteArray("\xa1" "f\xcb", 3)));
    }

    void refusesHostileMsgPack_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a map") << QByteArray("\x93\x01\x02\x03", 4);
        QTest::newRow("array32 claiming 4e9 elements") << QByteArray("\x81\xa1" "d\xdd\xff\xff\xff\xff", 8);
        QTest::newRow("map32 claiming 4e9 entries") << QByteArray("\xdf\xff\xff\xff\xff", 5);
        QTest::newRow("str32 longer than the message") << QByteArray("\x81\xa1" "d\xdb\x7f\xff\xff\xff" "ab", 10);
        QTest::newRow("binary value") << QByteArray("\x81\xa1" "d\xc4\x01x", 6);
        QTest::newRow("ext value") << QByteArray("\x81\xa1" "d\xd4\x01\x02", 6);
        QTest::newRow("integer key") << QByteArray("\x81\x01\x02", 3);
        QTest::newRow("trailing bytes") << QByteArray("\x80\x80", 2);
        QTest::newRow("truncated") << QByteArray("\x82\xa2op\x06", 5);
        QTest::newRow("invalid UTF-8") << QByteArray("\x81\xa1" "d\xa2\xff\xfe", 6);
        QTest::newRow("NaN") << QByteArray("\x81\xa1" "d\xcb\x7f\xf8\x00\x00\x00\x00\x00\x00", 12);
        QTest::newRow("reserved 0xc1") << QByteArray("\x81\xa1" "d\xc1", 4);
        QByteArray deep;
        deep.append('\x81').append("\xa1" "d", 2);
        for (int i = 0; i < 40; ++i)
            deep.append('\x91');
        deep.append('\x01');
        QTest::newRow("nested 40 deep") << deep;
    }
    void refusesHostileMsgPack()
    {
        QFETCH(QByteArray, bytes);
        QElapsedTimer clock;
        clock.start();
        const auto decoded = decodeMessage(bytes, Encoding::MsgPack);
        QVERIFY(!decoded);
        QVERIFY(!decoded.error().detail.isEmpty());
        QVERIFY2(clock.elapsed() < 1000, "a refusal must not scan or allocate what the header claims");
    }

    void acceptsNestingUpToTheLimit()
    {
        QByteArray ok;
        ok.append('\x81').append("\xa1" "d", 2);
        for (int i = 0; i < kMaxDepth - 1; ++i)
            ok.append('\x91');
        ok.append('\x01');
        QVERIFY(decodeMessage(ok, Encoding::MsgPack));
    }

    void refusesBadJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("{op:1");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("empty") << QByteArray();
    }
    void refusesBadJson()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!decodeMessage(bytes, Encoding::Json));
    }
};

QTEST_GUILESS_MAIN(TestMessageCodec)
#include "tst_messagecodec.moc"
