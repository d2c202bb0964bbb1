// SPDX-License-Identifier: GPL-2.0-or-later
// SRT output: MPEG-TS in caller mode to Debian's srt-live-transmit as the listener a platform or
// relay runs. Judged by what the listener received: H.264 + AAC that decodes, at the custom
// preset's size, rate and keyframe cadence; the passphrase (the stream key) encrypts the link and
// is in no argument list, output or stats line; a wrong passphrase is refused and said so; a
// listener restart is survived.
#include "decodecheck.h"
#include "ffprobereport.h"
#include "secretscan.h"
#include "srtlistener.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kFps = 30;  // the custom preset: 1280x720 at 30 fps, a keyframe every 2 s, AAC 48 kHz

QStringList srtArgs(const QString &url, int durationS)
{
    return {QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("custom"),
            QStringLiteral("--stream"), url, QStringLiteral("--stream-key-env"), keyEnvName(),
            QStringLiteral("--duration"), QString::number(durationS)};
}

QString passphrase()
{
    return uniqueStreamKey();  // 26 characters: within SRT's 10 to 79
}
}  // namespace

class TestStreamSrt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void streamsToSrtListener();
    void wrongPassphraseIsRefused();
    void survivesListenerRestart();
};

void TestStreamSrt::initTestCase()
{
    for (const QString &why : {StudioProcess::unavailableReason(studioBinary()), SrtListener::unavailableReason()}) {
        if (!why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    }
}

void TestStreamSrt::streamsToSrtListener()
{
    constexpr int durationS = 6;
    StudioProcess studio(studioBinary());
    const QString key = passphrase();
    SrtListener listener(studio.workFile(QStringLiteral("received.ts")), key);
    QVERIFY2(listener.start(), qPrintable(listener.lastError()));
    const QString statsPath = studio.workFile(QStringLiteral("stats.jsonl"));
    studio.setEnv(keyEnvName(), key);
    QVERIFY(studio.start(srtArgs(listener.url() + QStringLiteral("?latency=200"), durationS)
                         + QStringList{QStringLiteral("--stats"), statsPath}));
    QTRY_VERIFY2_WITH_TIMEOUT(StatsLog::read(statsPath).size() >= 1 || !studio.isRunning(), "no stats line", 10000);
    QVERIFY2(!SecretScan(key).foundIn(studio.cmdline().join(' ')), "passphrase visible in /proc/PID/cmdline");
    QVERIFY2(studio.waitForExit((durationS + 20) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    QTRY_VERIFY_WITH_TIMEOUT(listener.capturedBytes() > 0, 3000);
    listener.stop();

    const FfprobeReport probe = FfprobeReport::probe(listener.capturePath());
    QVERIFY2(probe.isValid(), qPrintable(probe.summary() + listener.log()));
    const QString why = probe.summary();
    qInfo().noquote() << why;
    QCOMPARE(probe.formatName(), QStringLiteral("mpegts"));
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.width(), 1280);
    QCOMPARE(probe.height(), 720);
    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    QCOMPARE(probe.sampleRate(), 48000);
    const DecodeCheck decode = DecodeCheck::run(listener.capturePath());
    QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
    const StatsLog stats = StatsLog::read(statsPath);
    QVERIFY2(stats.problems().isEmpty() && stats.size() > 0, qPrintable(stats.problems().join(u'\n')));
    // Everything the encoder made arrived: the whole --duration, at 30 fps, keyframes every 2 s.
    // Frames the loaded machine could not render or encode in time leave gaps the counters name.
    const QJsonObject frames = stats.lines().last().value(QStringLiteral("frames")).toObject();
    const int lost = frames.value(QStringLiteral("missed_render")).toInt() + frames.value(QStringLiteral("skipped_encode")).toInt();
    QVERIFY2(probe.videoSpanS() >= durationS - 0.5 && probe.videoSpanS() <= durationS + 0.1, qPrintable(why));
    QVERIFY2(probe.videoFrames() >= qRound(probe.videoSpanS() * kFps) - lost - 1, qPrintable(why));
    for (const double interval : probe.keyframeIntervalsS())
        QVERIFY2(std::abs(interval - 2.0) < 0.05 + lost / double(kFps), qPrintable(why));

    // The passphrase encrypts the link; it is in no output or stats line.
    QVERIFY2(stats.raw().contains(QStringLiteral("\"target\":\"%1\"").arg(listener.url())), qPrintable(stats.raw()));
    QVERIFY2(!stats.raw().contains(QStringLiteral("latency=")), "the URL's query reached the stats");
    const SecretScan scan(key);
    QVERIFY2(!scan.foundIn(studio.stdOut()) && !scan.foundIn(studio.stdErr()), "passphrase printed");
    QVERIFY2(!scan.foundIn(stats.raw().toUtf8()), "passphrase in the stats");
}

void TestStreamSrt::wrongPassphraseIsRefused()
{
    StudioProcess studio(studioBinary());
    SrtListener listener(studio.workFile(QStringLiteral("received.ts")), passphrase());
    QVERIFY2(listener.start(), qPrintable(listener.lastError()));
    studio.setEnv(keyEnvName(), passphrase());  // another one
    QVERIFY(studio.start(srtArgs(listener.url(), 20)));
    // Refused is final: no retry loop, the run ends at once with exit 3 and says why.
    QVERIFY2(studio.waitForExit(15000), "a refused passphrase kept the studio retrying");
    const QString output = studio.output();
    QCOMPARE(studio.exitCode(), 3);
    QVERIFY2(output.contains(QStringLiteral("rejected by %1").arg(listener.url())), qPrintable(output));
    QCOMPARE(listener.capturedBytes(), 0);
}

void TestStreamSrt::survivesListenerRestart()
{
    constexpr int durationS = 15;
    StudioProcess studio(studioBinary());
    const QString key = passphrase();
    auto first = std::make_unique<SrtListener>(studio.workFile(QStringLiteral("first.ts")), key);
    QVERIFY2(first->start(), qPrintable(first->lastError()));
    const quint16 port = first->port();
    const QString statsPath = studio.workFile(QStringLiteral("stats.jsonl"));
    studio.setEnv(keyEnvName(), key);
    QVERIFY(studio.start(srtArgs(first->url(), durationS)
                         + QStringList{QStringLiteral("--reconnect-delay"), QStringLiteral("0.5"),
                                       QStringLiteral("--stats"), statsPath}));
    QTRY_VERIFY_WITH_TIMEOUT(first->capturedBytes() > 200000 || !studio.isRunning(), 15000);
    first.reset();  // the listener goes away mid-stream, as a restarted relay does
    SrtListener second(studio.workFile(QStringLiteral("second.ts")), key, port);
    QVERIFY2(second.start(), qPrintable(second.lastError()));
    QVERIFY2(studio.waitForExit((durationS + 20) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    second.stop();

    const StatsLog stats = StatsLog::read(statsPath);
    QVERIFY2(!stats.lines().isEmpty(), qPrintable(studio.output()));
    const QJsonObject last = stats.lines().last().value(QStringLiteral("outputs")).toArray().first().toObject();
    QVERIFY2(last.value(QStringLiteral("reconnects")).toInt() >= 1, qPrintable(stats.raw()));
    const FfprobeReport probe = FfprobeReport::probe(second.capturePath());
    QVERIFY2(probe.isValid() && probe.hasVideo() && probe.hasAudio(), qPrintable(probe.summary() + second.log()));
    qInfo().noquote() << probe.summary();
    QVERIFY2(probe.videoSpanS() >= 3.0, qPrintable(probe.summary()));
    const DecodeCheck decode = DecodeCheck::run(second.capturePath());
    QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
}

QTEST_GUILESS_MAIN(TestStreamSrt)
#include "tst_stream_srt.moc"
