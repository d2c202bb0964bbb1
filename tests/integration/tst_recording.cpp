// SPDX-License-Identifier: GPL-2.0-or-later
// Local recording next to the stream: a clean stop gives a complete file, an interrupt (Ctrl+C,
// SIGTERM from a service manager) stops within 2 s and still finalizes it, and a crash (SIGKILL)
// leaves a file that plays up to the moment of the crash. A user loses at most a moment, never the show.
#include "decodecheck.h"
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QFileInfo>
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
