// SPDX-License-Identifier: GPL-2.0-or-later
// A creator switches scenes on air: a two-scene collection streamed to nginx-rtmp with
// --switch-scene 5:second --transition fade:1000. What arrives shows the first scene, then one
// second of blends of exactly the two scenes (never a dip to black), then the second scene; the
// stream has no hole at the switch, and the stats say which scene is on air.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "processtools.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kDurationS = 9;
constexpr double kFps = 30.0;
constexpr int kSwitchAtS = 5;
constexpr int kFadeFrames = 30;  // 1000 ms at 30 fps
constexpr int kSide = 8;         // each frame is judged from an 8×8 average

const char *kCollection = R"({"version": 2, "canvas": {"width": 1280, "height": 720}, "program": "one",
  "scenes": [
    {"id": "one", "name": "first", "layers": [{"id": "bg", "kind": "color", "color": "#ff0000"}]},
    {"id": "two", "name": "second", "layers": [{"id": "bg", "kind": "color", "color": "#0000ff"}]}
  ]})";

struct Mean
{
    double r = 0, g = 0, b = 0;
};

// Every decoded frame of file, in presentation order, as its mean colour.
QList<Mean> frameColours(const QString &file)
{
    const ToolResult r = runTool(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file,
                                  QStringLiteral("-an"), QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
                                  QStringLiteral("-vf"), QStringLiteral("scale=%1:%1").arg(kSide),
                                  QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
                                  QStringLiteral("rgb24"), QStringLiteral("-")},
                                 120000);
    QList<Mean> frames;
    const qsizetype size = kSide * kSide * 3;
    for (qsizetype at = 0; r.exitCode == 0 && at + size <= r.stdOut.size(); at += size) {
        Mean m;
        const auto *p = reinterpret_cast<const uchar *>(r.stdOut.constData() + at);
        for (int i = 0; i < kSide * kSide; ++i) {
            m.r += p[i * 3] / double(kSide * kSide);
            m.g += p[i * 3 + 1] / double(kSide * kSide);
            m.b += p[i * 3 + 2] / double(kSide * kSide);
        }
        frames.append(m);
    }
    return frames;
}

bool writeCollection(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(kCollection) == qint64(qstrlen(kCollection));
}

// How far the picture is from the first scene (red, 0) to the second (blue, 1).
double blueShare(const Mean &m)
{
    return m.r + m.b > 1 ? m.b / (m.r + m.b) : 0.0;
}
}  // namespace

class TestSceneSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    }

    void fadesFromOneSceneToTheOtherOnAir()
    {
        NginxRtmpServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        StudioProcess studio(studioBinary());
        const QString scenePath = studio.workFile(QStringLiteral("show.json"));
        QVERIFY(writeCollection(scenePath));
        const QString statsPath = studio.workFile(QStringLiteral("stats.jsonl"));
        studio.setEnv(keyEnvName(), uniqueStreamKey());
        QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), kDurationS)
                             + QStringList{QStringLiteral("--scene"), scenePath, QStringLiteral("--switch-scene"),
                                           QStringLiteral("%1:second").arg(kSwitchAtS), QStringLiteral("--transition"),
                                           QStringLiteral("fade:1000"), QStringLiteral("--stats"), statsPath}));
        QVERIFY2(studio.waitForExit((kDurationS + 20) * 1000), "studio did not stop after --duration");
        QVERIFY2(studio.exitedNormally() && studio.exitCode() == 0, qPrintable(studio.output()));
        QVERIFY(server.stop());
        const QStringList recordings = server.recordings();
        QVERIFY2(recordings.size() == 1, qPrintable(recordings.join(u' ') + server.errorLog()));

        const FfprobeReport probe = FfprobeReport::probe(recordings.first());
        QVERIFY2(probe.isValid(), qPrintable(probe.error()));
        const QList<double> pts = probe.videoPtsS();
        const QList<Mean> frames = frameColours(recordings.first());
        QVERIFY2(frames.size() == pts.size() && frames.size() > kDurationS * kFps * 0.9,
                 qPrintable(QStringLiteral("%1 decoded frames, %2 timestamps; %3").arg(frames.size()).arg(pts.size()).arg(probe.summary())));

        // The fade: frames strictly between the scenes (2 %…98 % blue), contiguous.
        QList<qsizetype> blends;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const double share = blueShare(frames.at(i));
            if (share > 0.02 && share < 0.98)
                blends.append(i);
        }
        QString trace;
        for (qsizetype i = std::max<qsizetype>(0, blends.value(0, 0) - 3);
             i < std::min<qsizetype>(frames.size(), blends.value(0, 0) + kFadeFrames + 3); ++i)
            trace += QStringLiteral(" %1").arg(blueShare(frames.at(i)), 0, 'f', 2);
        QVERIFY2(blends.size() >= kFadeFrames - 4 && blends.size() <= kFadeFrames,
                 qPrintable(QStringLiteral("%1 blended frames:%2").arg(blends.size()).arg(trace)));
        const qsizetype first = blends.first();
        const qsizetype last = blends.last();
        QVERIFY2(last - first + 1 == blends.size(), qPrintable(QStringLiteral("the fade is interrupted:") + trace));
        // Switched 5 s into the run; the stream starts a little after the run (connecting).
        QVERIFY2(pts.at(first) - pts.first() > kSwitchAtS - 1.5 && pts.at(first) - pts.first() < kSwitchAtS + 0.5,
                 qPrintable(QStringLiteral("fade starts at %1 s of the stream").arg(pts.at(first) - pts.first())));
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const Mean &m = frames.at(i);
            const QString at = QStringLiteral("frame %1 (%2 s): %3,%4,%5")
                                   .arg(i).arg(pts.at(i) - pts.first(), 0, 'f', 3)
                                   .arg(m.r, 0, 'f', 0).arg(m.g, 0, 'f', 0).arg(m.b, 0, 'f', 0);
            if (i < first) {
                QVERIFY2(m.r > 230 && m.b < 25, qPrintable(QStringLiteral("first scene expected, ") + at));
            } else if (i > last) {
                QVERIFY2(m.b > 230 && m.r < 25, qPrintable(QStringLiteral("second scene expected, ") + at));
            } else {
                // A blend of exactly red and blue: no dip to black, no other colour.
                QVERIFY2(std::abs(m.r + m.b - 255) < 20 && m.g < 15, qPrintable(QStringLiteral("not a blend, ") + at));
                if (i > first)
                    QVERIFY2(blueShare(m) > blueShare(frames.at(i - 1)) - 0.02, qPrintable(QStringLiteral("fade goes back, ") + at));
            }
        }
        // No frame is lost at the switch: one frame interval (33 or 34 ms in FLV) everywhere from
        // a second before the fade to a second after it.
        for (qsizetype i = std::max<qsizetype>(1, first - qsizetype(kFps)); i <= std::min(last + qsizetype(kFps), pts.size() - 1); ++i) {
            QVERIFY2(pts.at(i) - pts.at(i - 1) < 1.5 / kFps,
                     qPrintable(QStringLiteral("a %1 ms hole at %2 s").arg((pts.at(i) - pts.at(i - 1)) * 1000).arg(pts.at(i) - pts.first())));
        }

        const StatsLog stats = StatsLog::read(statsPath);
        QVERIFY2(stats.size() >= kDurationS - 2, qPrintable(stats.raw()));
        QCOMPARE(stats.lines().first().value(QStringLiteral("program")).toString(), QStringLiteral("first"));
        QCOMPARE(stats.lines().last().value(QStringLiteral("program")).toString(), QStringLiteral("second"));
        for (const QJsonObject &line : stats.lines())
            QVERIFY(line.value(QStringLiteral("frames")).toObject().value(QStringLiteral("render_ms")).toDouble() > 0);
        // Every second but the first and the last (the encoder starting, stopping) has encoded
        // frames, so it has a time per frame to show.
        for (qsizetype i = 1; i + 1 < stats.lines().size(); ++i)
            QVERIFY2(stats.lines().at(i).value(QStringLiteral("frames")).toObject().value(QStringLiteral("encode_ms")).toDouble() > 0,
                     qPrintable(stats.raw()));
    }

    void unknownSceneNamesAreRefused()
    {
        StudioProcess studio(studioBinary());
        const QString scenePath = studio.workFile(QStringLiteral("show.json"));
        QVERIFY(writeCollection(scenePath));
        for (const QStringList &wrong : {QStringList{QStringLiteral("--program"), QStringLiteral("Second")},
                                         QStringList{QStringLiteral("--switch-scene"), QStringLiteral("2:third")}}) {
            StudioProcess run(studioBinary());
            QVERIFY(run.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--scene"), scenePath,
                                          QStringLiteral("--duration"), QStringLiteral("3")} + wrong));
            QVERIFY(run.waitForExit(20000));
            QCOMPARE(run.exitCode(), 2);
            QVERIFY2(run.stdErr().contains("(scenes: first, second)"), qPrintable(run.output()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSceneSwitch)

#include "tst_sceneswitch.moc"
