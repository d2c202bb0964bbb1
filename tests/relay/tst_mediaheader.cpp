// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/hellomessage.h"
#include "studio/relay/mediaheader.h"

#include <QTest>

#include <variant>

using namespace vida3::studio::relay;

namespace {
MediaHeader video(MediaCodec codec = MediaCodec::H264, int w = 1280, int h = 720)
{
    MediaHeader hd;
    hd.kind = MediaKind::Video;
    hd.codec = codec;
    hd.flags = kFlagKeyframe;
    hd.sequence = 7;
    hd.timestampUs = -42;
    hd.width = w;
    hd.height = h;
    return hd;
}

MediaHeader audio(MediaCodec codec = MediaCodec::Opus, int rate = 48000, int channels = 2)
{
    MediaHeader hd;
    hd.kind = MediaKind::Audio;
    hd.codec = codec;
    hd.sampleRate = rate;
    hd.channels = channels;
    return hd;
}

QByteArray bytes(const MediaHeader &h)
{
    QByteArray out(kHeaderBytes, '\0');
    writeMediaHeader(h, reinterpret_cast<uint8_t *>(out.data()));
    return out;
}

QByteArray patched(QByteArray b, int offset, char value)
{
    b[offset] = value;
    return b;
}
}  // namespace

Q_DECLARE_METATYPE(vida3::studio::relay::Refusal)

class TestMediaHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidHeaders_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("codec");
        QTest::newRow("h264 720p") << bytes(video()) + "payload" << int(MediaCodec::H264);
        QTest::newRow("jpeg 4k") << bytes(video(MediaCodec::Jpeg, 3840, 2160)) << int(MediaCodec::Jpeg);
        QTest::newRow("png 1x1") << bytes(video(MediaCodec::Png, 1, 1)) << int(MediaCodec::Png);
        QTest::newRow("opus") << bytes(audio()) << int(MediaCodec::Opus);
        QTest::newRow("pcm mono 8k") << bytes(audio(MediaCodec::PcmS16, 8000, 1)) << int(MediaCodec::PcmS16);
    }
    void parsesValidHeaders()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, codec);
        MediaHeader h;
        const auto refusal = parseMediaHeader(message, &h);
        QVERIFY2(!refusal, refusal ? qPrintable(refusal->message) : "");
        QCOMPARE(int(h.codec), codec);
        if (h.kind == MediaKind::Video) {
            QCOMPARE(h.sequence, 7u);
            QCOMPARE(h.timestampUs, int64_t{-42});
            QVERIFY(h.isKeyframe());
        }
    }

    void refusesMalformedHeaders_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<Refusal>("reason");
        const QByteArray good = bytes(video());
        QTest::newRow("empty") << QByteArray() << Refusal::Malformed;
        QTest::newRow("truncated") << good.left(27) << Refusal::Malformed;
        QTest::newRow("version 0") << patched(good, 0, 0) << Refusal::Malformed;
        QTest::newRow("version 2") << patched(good, 0, 2) << Refusal::Malformed;
        QTest::newRow("kind 0") << patched(good, 1, 0) << Refusal::Malformed;
        QTest::newRow("kind 3") << patched(good, 1, 3) << Refusal::Malformed;
        QTest::newRow("codec 0") << patched(good, 2, 0) << Refusal::UnsupportedCodec;
        QTest::newRow("codec 99") << patched(good, 2, 99) << Refusal::UnsupportedCodec;
        QTest::newRow("video kind, opus codec") << patched(good, 2, 16) << Refusal::Malformed;
        QTest::newRow("unknown flag") << patched(good, 3, 4) << Refusal::Malformed;
        QTest::newRow("reserved set") << patched(good, 26, 1) << Refusal::Malformed;
        QTest::newRow("width 0") << bytes(video(MediaCodec::H264, 0, 720)) << Refusal::Malformed;
        QTest::newRow("height 0") << bytes(video(MediaCodec::H264, 1280, 0)) << Refusal::Malformed;
        QTest::newRow("width 3841") << bytes(video(MediaCodec::H264, 3841, 720)) << Refusal::Malformed;
        QTest::newRow("height 2161") << bytes(video(MediaCodec::H264, 1280, 2161)) << Refusal::Malformed;
        QTest::newRow("width 65535") << bytes(video(MediaCodec::H264, 65535, 65535)) << Refusal::Malformed;
        QTest::newRow("video with sample rate") << patched(good, 20, 1) << Refusal::Malformed;
        QTest::newRow("audio with width") << patched(bytes(audio()), 16, 1) << Refusal::Malformed;
        QTest::newRow("audio rate 0") << bytes(audio(MediaCodec::Opus, 0, 2)) << Refusal::Malformed;
        QTest::newRow("audio rate 7999") << bytes(audio(MediaCodec::Opus, 7999, 2)) << Refusal::Malformed;
        QTest::newRow("audio rate 192001") << bytes(audio(MediaCodec::Opus, 192001, 2)) << Refusal::Malformed;
        QTest::newRow("audio 0 channels") << bytes(audio(MediaCodec::Opus, 48000, 0)) << Refusal::Malformed;
        QTest::newRow("audio 3 channels") << bytes(audio(MediaCodec::Opus, 48000, 3)) << Refusal::Malformed;
    }
    void refusesMalformedHeaders()
    {
        QFETCH(QByteArray, message);
        QFETCH(Refusal, reason);
        MediaHeader h;
        const auto refusal = parseMediaHeader(message, &h);
        QVERIFY(refusal);
        QCOMPARE(refusal->reason, reason);
        QVERIFY(!refusal->message.isEmpty());
    }

    void sizeCaps_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<qint64>("payload");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<int>("refusal");  // -1: accepted
        const int ok = -1;
        const int tooLarge = int(Refusal::MessageTooLarge);
        QTest::newRow("h264 at cap") << int(MediaCodec::H264) << 1280 << 720 << qint64(1280 * 720) << false << ok;
        QTest::newRow("h264 over cap") << int(MediaCodec::H264) << 1280 << 720 << qint64(1280 * 720 + 1) << false << tooLarge;
        QTest::newRow("h264 tiny keeps 64 KiB floor") << int(MediaCodec::H264) << 16 << 16 << qint64(65536) << false << ok;
        QTest::newRow("jpeg at cap") << int(MediaCodec::Jpeg) << 1280 << 720 << qint64(1280 * 720 * 3 / 2) << false << ok;
        QTest::newRow("jpeg over cap") << int(MediaCodec::Jpeg) << 1280 << 720 << qint64(1280 * 720 * 3 / 2 + 1) << false << tooLarge;
        QTest::newRow("png at cap") << int(MediaCodec::Png) << 640 << 480 << qint64(640 * 480 * 4 + 65536) << false << ok;
        QTest::newRow("png over cap") << int(MediaCodec::Png) << 640 << 480 << qint64(640 * 480 * 4 + 65537) << false << tooLarge;
        QTest::newRow("rgba exact, loopback") << int(MediaCodec::Rgba) << 64 << 32 << qint64(64 * 32 * 4) << true << ok;
        QTest::newRow("rgba short") << int(MediaCodec::Rgba) << 64 << 32 << qint64(64 * 32 * 4 - 1) << true << int(Refusal::Malformed);
        QTest::newRow("rgba over") << int(MediaCodec::Rgba) << 64 << 32 << qint64(64 * 32 * 4 + 1) << true << tooLarge;
        QTest::newRow("rgba from the LAN") << int(MediaCodec::Rgba) << 64 << 32 << qint64(64 * 32 * 4) << false << int(Refusal::UnsupportedCodec);
        QTest::newRow("empty payload") << int(MediaCodec::H264) << 64 << 32 << qint64(0) << false << int(Refusal::Malformed);
    }
    void sizeCaps()
    {
        QFETCH(int, codec);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(qint64, payload);
        QFETCH(bool, loopback);
        QFETCH(int, refusal);
        MediaHeader h = video(static_cast<MediaCodec>(codec), width, height);
        Negotiated n;
        n.videoCodec = h.codec;
        n.peerOnLoopback = loopback;
        const auto result = checkMedia(h, payload, n);
        QCOMPARE(result ? int(result->reason) : -1, refusal);
    }

    void audioCaps()
    {
        Negotiated n;
        n.audioCodec = MediaCodec::PcmS16;
        const MediaHeader pcm = audio(MediaCodec::PcmS16, 48000, 2);
        QVERIFY(!checkMedia(pcm, 48000 * 4, n));
        QCOMPARE(checkMedia(pcm, 48000 * 4 + 4, n)->reason, Refusal::MessageTooLarge);
        QCOMPARE(checkMedia(pcm, 3, n)->reason, Refusal::Malformed);
        QCOMPARE(checkMedia(audio(), 100, n)->reason, Refusal::UnsupportedCodec);  // opus not negotiated
        n.audioCodec = MediaCodec::Opus;
        QVERIFY(!checkMedia(audio(), 16 * 1024, n));
        QCOMPARE(checkMedia(audio(), 16 * 1024 + 1, n)->reason, Refusal::MessageTooLarge);
    }

    void closeCodesMatchTheProtocol()
    {
        QCOMPARE(closeCode(Refusal::BadToken), 4001);
        QCOMPARE(closeCode(Refusal::OriginNotAllowed), 4003);
        QCOMPARE(closeCode(Refusal::RateLimited), 4029);
        QCOMPARE(closeCode(Refusal::TooManySources), 4008);
        QCOMPARE(closeCode(Refusal::UnsupportedCodec), 4015);
        QCOMPARE(closeCode(Refusal::MessageTooLarge), 1009);
        QCOMPARE(closeCode(Refusal::Malformed), 4400);
        QCOMPARE(closeCode(Refusal::AuthTimeout), 4408);
        QCOMPARE(closeCode(Refusal::Idle), 4410);
        QCOMPARE(closeCode(Refusal::Replaced), 4409);
    }

    void hello_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("refusal");  // -1: parses
        const QByteArray v = R"("video":{"codecs":["h264","jpeg"],"width":1280,"height":720,"fps":30})";
        auto hello = [&](const QByteArray &rest) -> QByteArray { return R"({"type":"hello","version":1,"token":"t","source":"overlay",)" + rest + "}"; };
        QTest::newRow("valid") << hello(v) << -1;
        QTest::newRow("valid with audio") << hello(v + R"(,"audio":{"codecs":["opus"],"sampleRate":48000,"channels":2})") << -1;
        QTest::newRow("not json") << QByteArray("{nope") << int(Refusal::Malformed);
        QTest::newRow("array") << QByteArray("[]") << int(Refusal::Malformed);
        QTest::newRow("wrong type") << QByteArray(R"({"type":"bye"})") << int(Refusal::Malformed);
        QTest::newRow("version 2") << QByteArray(R"({"type":"hello","version":2,"token":"t","source":"s",)" + v + "}") << int(Refusal::Malformed);
        QTest::newRow("no token") << QByteArray(R"({"type":"hello","version":1,"source":"s",)" + v + "}") << int(Refusal::BadToken);
        QTest::newRow("bad source") << QByteArray(R"({"type":"hello","version":1,"token":"t","source":"a/b",)" + v + "}") << int(Refusal::Malformed);
        QTest::newRow("no video") << hello(R"("x":1)") << int(Refusal::Malformed);
        QTest::newRow("codecs not strings") << hello(R"("video":{"codecs":[1]})") << int(Refusal::Malformed);
        QTest::newRow("width too big") << hello(R"("video":{"codecs":["h264"],"width":5000})") << int(Refusal::Malformed);
        QTest::newRow("fps fraction") << hello(R"("video":{"codecs":["h264"],"fps":29.97})") << int(Refusal::Malformed);
        QTest::newRow("audio 6 channels") << hello(v + R"(,"audio":{"codecs":["opus"],"channels":6})") << int(Refusal::Malformed);
        QTest::newRow("huge") << QByteArray(20000, ' ') << int(Refusal::Malformed);
    }
    void hello()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, refusal);
        const auto parsed = parseHello(json);
        const auto *r = std::get_if<RelayRefusal>(&parsed);
        QCOMPARE(r ? int(r->reason) : -1, refusal);
    }

    void negotiation()
    {
        auto parsed = parseHello(R"({"type":"hello","version":1,"token":"t","source":"s","video":{"codecs":["vp8","rgba","jpeg"]}})");
        const HelloMessage hello = std::get<HelloMessage>(parsed);
        QCOMPARE(std::get<Negotiated>(negotiate(hello, true)).videoCodec, MediaCodec::Rgba);
        QCOMPARE(std::get<Negotiated>(negotiate(hello, false)).videoCodec, MediaCodec::Jpeg);
        auto onlyVp8 = parseHello(R"({"type":"hello","version":1,"token":"t","source":"s","video":{"codecs":["vp8"]}})");
        QCOMPARE(std::get<RelayRefusal>(negotiate(std::get<HelloMessage>(onlyVp8), true)).reason, Refusal::UnsupportedCodec);
    }
};

QTEST_GUILESS_MAIN(TestMediaHeader)
#include "tst_mediaheader.moc"
