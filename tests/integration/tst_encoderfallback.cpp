// SPDX-License-Identifier: GPL-2.0-or-later
// A hardware encoder that does not work never costs the show: asked for at the start, it falls
// back to x264 and says why; failing in the middle of a stream (simulated by the studio's test
// hook, VIDA3_TEST_ENCODER_FAILS_AT_FRAME), x264 takes over on the next frame while every
// output keeps its connection, and what the server and the recording received still decodes.
#include "decodecheck.h"
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestEncoderFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unavailableEncoderFallsBackToX264();
    void failureMidStreamKeepsTheOutputsLive();
    void listEncodersProbesEachOne();
};

void TestEncoderFallback::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestEncoderFallback::unavailableEncoderFallsBackToX264()
{
    // A render node that exists on no machine: the probe must fail whatever GPU this one has.
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(QStringLiteral("vaapi.mkv"));
    QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--encoder"), QStringLiteral("vaapi"),
                          QStringLiteral("--vaapi-device"), QStringLiteral("/nonexistent/renderD999"),
                          QStringLiteral("--record"), file, QStringLiteral("--duration"), QStringLiteral("3")}));
    QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
    const QString output = studio.output();
    QVERIFY2(studio.exitCode() == 0, qPrintable(output));
    // Says which encoder it uses and why, naming the device that failed.
    QVERIFY2(output.contains(QStringLiteral("VAAPI (Intel/AMD) does not work here")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("/nonexistent/renderD999")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("using x264 instead")), qPrintable(output));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("x264 preset (ultrafast|superfast|veryfast)"))),
             qPrintable(output));

    const FfprobeReport probe = FfprobeReport::probe(file);
    QVERIFY2(probe.isValid(), qPrintable(probe.summary()));
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    // x264 recorded the 3 s (90 frame intervals at 30 fps), and nothing after them.
    QVERIFY2(probe.videoFrames() > 0 && probe.lastVideoPtsS() - probe.firstVideoPtsS() <= 3.0 - 1.0 / 30 + 0.002,
             qPrintable(probe.summary()));
}

void TestEncoderFallback::failureMidStreamKeepsTheOutputsLive()
{
    constexpr int durationS = 8;
    constexpr int failAtFrame = 100;  // mid-GOP (preset x: a keyframe every 90 frames)
    NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(QStringLiteral("fallback.mkv"));
    const QString statsPath = studio.workFile(QStringLiteral("stats.jsonl"));
    studio.setEnv(keyEnvName(), uniqueStreamKey());
    studio.setEnv(QStringLiteral("VIDA3_TEST_ENCODER_FAILS_AT_FRAME"), QString::number(failAtFrame));
    QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), durationS)
                         + QStringList{QStringLiteral("--record"), file, QStringLiteral("--stats"), statsPath}));
    QVERIFY2(studio.waitForExit((durationS + 30) * 1000), "studio did not stop after --duration");
    const QString output = studio.output();
    QVERIFY2(studio.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("x264 took over on the next frame")), qPrintable(output));
    QVERIFY(server.stop());

    // The destination never reconnected: the takeover happened inside one connection.
    const StatsLog stats = StatsLog::read(statsPath);
    QVERIFY2(stats.problems().isEmpty() && stats.size() > 0, qPrintable(stats.problems().join(u'\n')));
    for (const QJsonObject &line : stats.lines()) {
        for (const QJsonValue &o : line.value(QStringLiteral("outputs")).toArray()) {
            const QJsonObject destination = o.toObject();
            QVERIFY2(destination.value(QStringLiteral("reconnects")).toInt() == 0
                         && destination.value(QStringLiteral("state")).toString() != QStringLiteral("reconnecting")
                         && !destination.contains(QStringLiteral("error")),
                     qPrintable(stats.raw()));
        }
    }
    const QStringList received = server.recordings();
    QVERIFY2(received.size() == 1, qPrintable(received.join(u' ') + server.errorLog()));
    for (const QString &path : {received.first(), file}) {
        const FfprobeReport probe = FfprobeReport::probe(path);
        QVERIFY2(probe.isValid(), qPrintable(probe.summary()));
        const QString why = probe.summary();
        qInfo().noquote() << why;
        // Video throughout: the switch leaves no gap a viewer would see as a freeze (< 1 s),
        // and the new encoder starts on a keyframe right at the failure, off the 3 s grid.
        QVERIFY2(probe.videoSpanS() >= durationS - 0.5, qPrintable(why));
        QVERIFY2(probe.maxFrameGapS() < 1.0, qPrintable(why));
        bool keyframeAtSwitch = false;
        for (const double t : probe.keyframeTimesS())
            keyframeAtSwitch |= t >= probe.firstVideoPtsS() + failAtFrame / 30.0 - 0.05
                && t <= probe.firstVideoPtsS() + failAtFrame / 30.0 + 0.2;
        QVERIFY2(keyframeAtSwitch, qPrintable(why));
        const DecodeCheck decode = DecodeCheck::run(path);
        QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
        QVERIFY2(decode.decodedSeconds() >= durationS - 0.5, qPrintable(decode.summary()));
    }
}

void TestEncoderFallback::listEncodersProbesEachOne()
{
    StudioProcess studio(studioBinary());
    QVERIFY(studio.start({QStringLiteral("--list-encoders"), QStringLiteral("--vaapi-device"),
                          QStringLiteral("/nonexistent/renderD999")}));
    QVERIFY2(studio.waitForExit(60000), "--list-encoders did not finish");
    const QString output = QString::fromUtf8(studio.stdOut());
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("x264 +x264 \\(CPU\\) +works +encoded a 1280x720"))),
             qPrintable(output));
    for (const char *name : {"nvenc", "vaapi", "qsv"})
        QVERIFY2(output.contains(QRegularExpression(QStringLiteral("\\n  %1 ").arg(QLatin1String(name)))), qPrintable(output));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("vaapi +VAAPI \\(Intel/AMD\\) +no +no VAAPI device at "
                                                               "/nonexistent/renderD999"))),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("--encoder auto: automatic: ")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestEncoderFallback)
#include "tst_encoderfallback.moc"
