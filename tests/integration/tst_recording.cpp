// SPDX-License-Identifier: GPL-2.0-or-later
// Local recording next to the stream: a clean stop gives a complete file, an interrupt (Ctrl+C,
// SIGTERM from a service manager) stops within 2 s and still finalizes it, and a crash (SIGKILL)
// leaves a file that plays up to the moment of the crash. A user loses at most a moment, never the show.
// With one core kept busy by another process, --duration N still gives N seconds of output, the
// recording holds every frame the counters say was encoded, and the last --stats line adds up.
#include "decodecheck.h"
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "processtools.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <csignal>
#include <memory>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanStop_data();
    void cleanStop();
    void completeUnderLoad_data();
    void completeUnderLoad();
    void interruptFinalizes_data();
    void interruptFinalizes();
    void killedRecordingStillPlays_data();
    void killedRecordingStillPlays();

private:
    static void addContainerRows();
    bool startRecording(StudioProcess &studio, const QString &file, int durationS);
    // Waits until the recording has data, then lets it run on for seconds.
    bool recordFor(StudioProcess &studio, const QString &file, int seconds);

    std::unique_ptr<NginxRtmpServer> m_server;
};

void TestRecording::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestRecording::init()
{
    // The contract says "record locally too": every run also streams, as a user would.
    m_server = std::make_unique<NginxRtmpServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void TestRecording::cleanup()
{
    m_server.reset();
}

void TestRecording::addContainerRows()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("mkv") << QStringLiteral("out.mkv");
    QTest::newRow("mp4") << QStringLiteral("out.mp4");
}

bool TestRecording::startRecording(StudioProcess &studio, const QString &file, int durationS)
{
    studio.setEnv(keyEnvName(), uniqueStreamKey());
    return studio.start(headlessStreamArgs(m_server->ingestUrl(), durationS)
                        + QStringList{QStringLiteral("--record"), file});
}

bool TestRecording::recordFor(StudioProcess &studio, const QString &file, int seconds)
{
    // QTRY_* cannot be used in a helper that returns a value: poll with the same bounded pattern.
    for (int waitedMs = 0; QFileInfo(file).size() <= 0; waitedMs += 100) {
        if (waitedMs > 15000 || !studio.isRunning())
            return false;
        QTest::qWait(100);
    }
    QTest::qWait(seconds * 1000);
    return studio.isRunning();
}

void TestRecording::cleanStop_data()
{
    addContainerRows();
}

void TestRecording::cleanStop()
{
    QFETCH(QString, fileName);
    constexpr int durationS = 8;
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(fileName);
    QVERIFY(startRecording(studio, file, durationS));
    QVERIFY2(studio.waitForExit((durationS + 20) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));

    const FfprobeReport probe = FfprobeReport::probe(file);
    QVERIFY2(probe.isValid(), qPrintable(probe.summary() + studio.output()));
    qInfo().noquote() << probe.summary();
    const QString why = probe.summary();
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    QCOMPARE(probe.width(), 1280);
    QCOMPARE(probe.height(), 720);
    // The container's own duration (written when the file is finalized) is the recorded time.
    QVERIFY2(std::abs(probe.durationS() - durationS) <= 1.0, qPrintable(why));
    const double expectedFrames = 30.0 * probe.videoSpanS();
    QVERIFY2(std::abs(probe.videoFrames() - expectedFrames) <= 0.02 * expectedFrames, qPrintable(why));
    const DecodeCheck decode = DecodeCheck::run(file);
    QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
}

namespace {
// Another process spinning on one core for as long as it lives, as a game or a build would.
class BusyCore
{
public:
    BusyCore()
    {
        killWithParent(m_process);
        m_process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
    }
    ~BusyCore()
    {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    bool running() { return m_process.waitForStarted(3000); }

private:
    QProcess m_process;
};

QJsonObject outputNamed(const QJsonObject &line, const QString &name)
{
    for (const QJsonValue &value : line.value(QStringLiteral("outputs")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

qint64 number(const QJsonObject &object, const char *key)
{
    return static_cast<qint64>(object.value(QString::fromLatin1(key)).toDouble(-1));
}
}  // namespace

void TestRecording::completeUnderLoad_data()
{
    addContainerRows();
}

void TestRecording::completeUnderLoad()
{
    QFETCH(QString, fileName);
    constexpr int durationS = 10;
    constexpr int fps = 30;  // preset "x": 1280x720 at 30 fps
    BusyCore busy;
    QVERIFY(busy.running());
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(fileName);
    const QString statsPath = studio.workFile(QStringLiteral("stats.jsonl"));
    studio.setEnv(keyEnvName(), uniqueStreamKey());
    QVERIFY(studio.start(headlessStreamArgs(m_server->ingestUrl(), durationS)
                         + QStringList{QStringLiteral("--record"), file, QStringLiteral("--stats"), statsPath}));
    QVERIFY2(studio.waitForExit((durationS + 30) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));

    const StatsLog stats = StatsLog::read(statsPath);
    QVERIFY2(stats.problems().isEmpty() && stats.size() > 0, qPrintable(stats.problems().join(u'\n') + stats.raw()));
    const QJsonObject last = stats.lines().last();
    const QJsonObject frames = last.value(QStringLiteral("frames")).toObject();
    const QJsonObject recording = outputNamed(last, QStringLiteral("recording"));
    const QJsonObject stream = outputNamed(last, QStringLiteral("x"));
    const FfprobeReport probe = FfprobeReport::probe(file);
    QVERIFY2(probe.isValid(), qPrintable(probe.summary()));
    const QString why = probe.summary() + QStringLiteral("\nlast stats line: ") + stats.raw().trimmed().split(u'\n').last();
    qInfo().noquote() << why;

    // The counters add up, and to the file: every encoded frame is in the recording.
    const qint64 encoded = number(frames, "encoded");
    QCOMPARE(number(recording, "frames"), qint64(probe.videoFrames()));
    QVERIFY2(encoded == probe.videoFrames(), qPrintable(why));
    QVERIFY2(encoded == number(frames, "for_output") - number(frames, "skipped_encode"), qPrintable(why));
    QVERIFY2(number(stream, "frames") > 0, qPrintable(why));
    // Output time: N seconds are N x fps frame intervals, nothing after them, and all the sound
    // of those N seconds. Timestamps start where the first keyframe shows (B-frames put it a
    // couple of frames in); AAC adds its priming and pads its last frame (1024 samples each).
    const double start = probe.firstVideoPtsS();
    const double aacFrameS = 1024.0 / 44100;
    // Every one of the N x fps intervals was rendered for the output, unless the renderer missed it.
    QVERIFY2(number(frames, "for_output") <= durationS * fps, qPrintable(why));
    QVERIFY2(number(frames, "for_output") >= durationS * fps - number(frames, "missed_render"), qPrintable(why));
    QVERIFY2(probe.videoFrames() > 0 && probe.lastVideoPtsS() - start <= durationS - 1.0 / fps + 0.002, qPrintable(why));
    QVERIFY2(probe.audioStartS() <= start + 0.001, qPrintable(why));
    QVERIFY2(probe.audioEndS() - start >= durationS - 0.002, qPrintable(why));
    QVERIFY2(probe.audioEndS() - start <= durationS + 2 * aacFrameS + 0.002, qPrintable(why));
    if (number(frames, "missed_render") == 0 && number(frames, "skipped_encode") == 0)
        QVERIFY2(probe.videoFrames() == durationS * fps, qPrintable(why));
    const DecodeCheck decode = DecodeCheck::run(file);
    QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
}

void TestRecording::interruptFinalizes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("signal");
    QTest::newRow("mkv SIGINT") << QStringLiteral("out.mkv") << int(SIGINT);
    QTest::newRow("mp4 SIGINT") << QStringLiteral("out.mp4") << int(SIGINT);
    QTest::newRow("mkv SIGTERM") << QStringLiteral("out.mkv") << int(SIGTERM);
}

void TestRecording::interruptFinalizes()
{
    QFETCH(QString, fileName);
    QFETCH(int, signal);
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(fileName);
    QVERIFY(startRecording(studio, file, 60));
    QVERIFY2(recordFor(studio, file, 5), qPrintable(studio.output()));
    QVERIFY(studio.sendSignal(signal));
    QVERIFY2(studio.waitForExit(2000), "did not stop within 2 s of the signal");
    QVERIFY2(studio.exitedNormally() && studio.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1: %2").arg(studio.exitCode()).arg(studio.output())));

    const FfprobeReport probe = FfprobeReport::probe(file);
    QVERIFY2(probe.isValid(), qPrintable(probe.summary()));
    qInfo().noquote() << probe.summary();
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    // Finalized: the container states its duration, and it covers the ≈5 s that were recorded.
    QVERIFY2(probe.durationS() >= 4.0 && probe.durationS() <= 9.0, qPrintable(probe.summary()));
    const DecodeCheck decode = DecodeCheck::run(file);
    QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
    QVERIFY2(decode.decodedSeconds() >= 4.0, qPrintable(decode.summary()));
}

void TestRecording::killedRecordingStillPlays_data()
{
    addContainerRows();
}

void TestRecording::killedRecordingStillPlays()
{
    QFETCH(QString, fileName);
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(fileName);
    QVERIFY(startRecording(studio, file, 60));
    QVERIFY2(recordFor(studio, file, 6), qPrintable(studio.output()));
    QVERIFY(studio.sendSignal(SIGKILL));
    QVERIFY(studio.waitForExit(3000));
    QVERIFY(!studio.exitedNormally());

    const FfprobeReport probe = FfprobeReport::probe(file);
    QVERIFY2(probe.isValid() && probe.hasVideo(),
             qPrintable(QStringLiteral("crashed recording does not probe: ") + probe.summary()));
    qInfo().noquote() << probe.summary();
    const DecodeCheck decode = DecodeCheck::run(file);
    // A torn last packet is acceptable; losing more than the last moments is not.
    QVERIFY2(decode.exitCode() == 0 || decode.decodedSeconds() >= 4.0, qPrintable(decode.summary()));
    QVERIFY2(decode.videoFrames() >= 4 * 30, qPrintable(decode.summary()));
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
