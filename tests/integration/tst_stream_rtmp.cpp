// SPDX-License-Identifier: GPL-2.0-or-later
// A user streams to an RTMP server with the X preset: what arrives must be what X asks for
// (H.264 720p30, keyframe every 3 s, 4000 kbps, AAC 44.1 kHz stereo), the stats file must describe the
// run, and the stream key must appear nowhere but in the environment it was handed through.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "secretscan.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kDurationS = 12;
constexpr double kFps = 30.0;
constexpr double kKeyintS = 3.0;
constexpr double kTargetKbps = 4000.0;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

class TestStreamRtmp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void streamsXPresetToNginx();

private:
    void checkRecording(const FfprobeReport &probe);
    void checkStats(const StatsLog &stats);
};

void TestStreamRtmp::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestStreamRtmp::streamsXPresetToNginx()
{
    NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    StudioProcess studio(studioBinary());
    const QString key = uniqueStreamKey();
    const QString statsPath = studio.workFile(QStringLiteral("stats.jsonl"));
    studio.setEnv(keyEnvName(), key);
    QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), kDurationS)
                         + QStringList{QStringLiteral("--stats"), statsPath}));

    // Once a stats line exists the stream is set up: the key must not be in the argument list.
    QTRY_VERIFY2_WITH_TIMEOUT(StatsLog::read(statsPath).size() >= 2 || !studio.isRunning(),
                              "no stats lines within 10 s", 10000);
    QVERIFY2(studio.isRunning(), qPrintable(studio.output()));
    const QByteArrayList argv = studio.cmdline();
    QVERIFY(!argv.isEmpty());
    QVERIFY2(!SecretScan(key).foundIn(argv.join(' ')), "stream key visible in /proc/PID/cmdline");

    QVERIFY2(studio.waitForExit((kDurationS + 20) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitedNormally(), qPrintable(studio.output()));
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    // --duration counts from start; connecting and stopping may add a little, never a lot.
    QVERIFY2(studio.exitedAfterMs() < (kDurationS + 8) * 1000,
             qPrintable(QStringLiteral("ran %1 ms").arg(studio.exitedAfterMs())));
    QVERIFY(server.stop());

    const QStringList recordings = server.recordings();
    QVERIFY2(recordings.size() == 1, qPrintable(recordings.join(QLatin1Char(' ')) + server.errorLog()));
    const FfprobeReport probe = FfprobeReport::probe(recordings.first());
    QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    qInfo().noquote() << probe.summary();
    checkRecording(probe);
    if (QTest::currentTestFailed())
        return;

    const StatsLog stats = StatsLog::read(statsPath);
    checkStats(stats);
    if (QTest::currentTestFailed())
        return;

    const SecretScan scan(key);
    QVERIFY2(!scan.foundIn(studio.stdOut()), "stream key printed on stdout");
    QVERIFY2(!scan.foundIn(studio.stdErr()), "stream key printed on stderr");
    QVERIFY2(!scan.foundIn(stats.raw().toUtf8()), "stream key written to the stats file");
    const QStringList leaks = scan.filesContaining(studio.homeDir());
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("stream key stored in: ") + leaks.join(QLatin1Char(' '))));
}

void TestStreamRtmp::checkRecording(const FfprobeReport &probe)
{
    const QString why = probe.summary();
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.width(), 1280);
    QCOMPARE(probe.height(), 720);
    // FLV timestamps are whole milliseconds (33/34 ms steps): ffprobe's avg_frame_rate for 30 fps
    // is 1000/33 = 30.30, hence the 0.5 fps slack; the frame count below is the exact check.
    QVERIFY2(std::abs(probe.avgFrameRate() - kFps) <= 0.5, qPrintable(why));

    // What was streamed: the span of the video timestamps. It must be (nearly) the whole --duration,
    // and it must be filled with frames at 30 fps: a renderer or encoder that falls behind leaves
    // timestamp gaps (fewer frames than the span calls for), one that runs fast crowds them.
    const double spanS = probe.videoSpanS();
    QVERIFY2(spanS >= 10.0, qPrintable(why));
    QVERIFY2(spanS <= kDurationS + 0.5, qPrintable(why));
    const double expectedFrames = kFps * spanS;
    QVERIFY2(std::abs(probe.videoFrames() - expectedFrames) <= 0.02 * expectedFrames, qPrintable(why));
    QVERIFY2(probe.maxFrameGapS() <= 2.5 / kFps, qPrintable(why));

    // X asks for a keyframe every 3 s: every interval is 90 frames, give or take one.
    const QList<double> intervals = probe.keyframeIntervalsS();
    QVERIFY2(intervals.size() >= 3, qPrintable(why));
    for (const double interval : intervals)
        QVERIFY2(std::abs(interval - kKeyintS) <= 1.0 / kFps + 0.002, qPrintable(why));

    // ±20 %: x264's rate control holds the average to the target only over several VBV buffer
    // lengths; over a 10-12 s window the first keyframe (several times a P frame), the VBV buffer
    // (up to 1-2 s of data that may be carried across the window edges) and content that is
    // simpler or busier than x264 predicted each move the mean by up to ~10 %. Hard CBR (filler)
    // lands within ~3 % (the ffmpeg CLI reference in tst_fixtures measures 4139 kbps); 20 % still
    // catches a wrong preset (2500 or 6000 kbps) or a rate control that ignores the target.
    QVERIFY2(std::abs(probe.videoBitrateKbps() - kTargetKbps) <= 0.2 * kTargetKbps, qPrintable(why));

    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    QCOMPARE(probe.sampleRate(), 44100);
    QCOMPARE(probe.channels(), 2);
}

void TestStreamRtmp::checkStats(const StatsLog &stats)
{
    QVERIFY2(stats.problems().isEmpty(), qPrintable(stats.problems().join(QLatin1Char('\n'))));
    // One line a second for a 12 s run: allow a line less (the run starts mid-second) or more (the
    // final line written while stopping).
    QVERIFY2(stats.size() >= kDurationS - 2 && stats.size() <= kDurationS + 2,
             qPrintable(QStringLiteral("%1 stats lines").arg(stats.size())));
    // A line every second: time always moves on, no second goes without a line, and each line sits
    // in its own one-second slot. Single steps are not held to 1 s: on a busy machine a timer tick
    // may come a few hundred ms late and the next one on time, and the final line is written when
    // the run stops, whenever that is. So every line but the last must be within 0.5 s of its slot
    // (line i at t0 + i, t0 taken as the median offset, so a late first line does not shift the
    // grid): a missing line, an extra one or a burst moves later lines off their slots.
    const QList<double> times = stats.timesS();
    QVERIFY2(times.size() >= 3, "too few stats lines to judge their cadence");
    QList<double> offsets;
    for (qsizetype i = 0; i + 1 < times.size(); ++i)
        offsets.append(times.at(i) - static_cast<double>(i));
    const double t0 = median(offsets);
    for (qsizetype i = 0; i < offsets.size(); ++i)
        QVERIFY2(std::abs(offsets.at(i) - t0) <= 0.5,
                 qPrintable(QStringLiteral("stats line %1 at %2 s is off its one-second slot (%3 s)")
                                .arg(i + 1).arg(times.at(i)).arg(t0 + static_cast<double>(i))));
    for (qsizetype i = 1; i < times.size(); ++i) {
        const double step = times.at(i) - times.at(i - 1);
        const bool finalLine = i == times.size() - 1;  // "t" has 0.1 s steps: it may repeat the last tick's
        QVERIFY2((step > 0 || (finalLine && step == 0)) && step < 1.9,
                 qPrintable(QStringLiteral("stats line %1 comes %2 s after the previous one").arg(i + 1).arg(step)));
    }

    QList<double> fps;
    QList<double> targetKbps;
    QList<double> outputKbps;
    for (const QJsonObject &line : stats.lines()) {
        const QJsonArray outputs = line.value(QStringLiteral("outputs")).toArray();
        QVERIFY2(!outputs.isEmpty(), "a stats line lists no outputs while streaming");
        fps.append(line.value(QStringLiteral("fps")).toDouble());
        targetKbps.append(line.value(QStringLiteral("target_kbps")).toDouble());
        outputKbps.append(outputs.first().toObject().value(QStringLiteral("kbps")).toDouble());
    }
    // Steady state, not the first or last second: the numbers a user would read off the status bar.
    QVERIFY2(std::abs(median(fps) - kFps) <= 1.0, qPrintable(stats.raw()));
    QCOMPARE(median(targetKbps), kTargetKbps);
    QVERIFY2(std::abs(median(outputKbps) - kTargetKbps) <= 0.25 * kTargetKbps, qPrintable(stats.raw()));

    // "bytes" and "rendered" may be totals or per-second counts (the contract does not say); summed
    // over the lines they must cover at least 10 s of 4000 kbps and 30 fps either way.
    double bytes = 0;
    double rendered = 0;
    for (const QJsonObject &line : stats.lines()) {
        const QJsonObject output = line.value(QStringLiteral("outputs")).toArray().first().toObject();
        bytes += output.value(QStringLiteral("bytes")).toDouble();
        rendered += line.value(QStringLiteral("frames")).toObject().value(QStringLiteral("rendered")).toDouble();
        // Loopback never congests: a dropped packet here is the studio's own fault.
        QCOMPARE(output.value(QStringLiteral("dropped_network")).toDouble(), 0.0);
    }
    QVERIFY2(bytes >= 0.8 * 10 * kTargetKbps * 1000 / 8, qPrintable(stats.raw()));
    QVERIFY2(rendered >= 10 * kFps, qPrintable(stats.raw()));
}

QTEST_GUILESS_MAIN(TestStreamRtmp)
#include "tst_stream_rtmp.moc"
