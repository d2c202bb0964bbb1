// SPDX-License-Identifier: GPL-2.0-or-later
// A stream that outlives its server: nginx-rtmp is killed (SIGKILL) and restarted twice during
// a 40 s stream that is also recorded. The studio reconnects each time within its backoff, each
// new segment at the server starts on a keyframe, the recording keeps every frame, exit 0.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "survivalchecks.h"

#include <QElapsedTimer>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    }

    void survivesTwoServerCrashes()
    {
        NginxRtmpServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        StudioProcess studio(studioBinary());
        studio.setEnv(keyEnvName(), QStringLiteral("survivor"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        const QString recording = studio.workFile(QStringLiteral("all.mkv"));
        QStringList args = headlessStreamArgs(server.ingestUrl(), 40);
        args << QStringLiteral("--record") << recording << QStringLiteral("--stats") << stats
             << QStringLiteral("--reconnect-delay") << QStringLiteral("1") << QStringLiteral("--reconnect-max-delay")
             << QStringLiteral("4");
        QVERIFY(studio.start(args));

        QElapsedTimer clock;
        clock.start();
        for (int crash = 1; crash <= 2; ++crash) {
            QTest::qWait(crash == 1 ? 10000 : 12000);
            server.kill();
            QTest::qWait(3000);  // the server is down for 3 s: at least one retry must fail
            QVERIFY2(server.restart(), qPrintable(server.lastError()));
        }
        QVERIFY2(studio.waitForExit(45000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));

        // Every publish made a segment at the server: three, each opening on a keyframe.
        QVERIFY(server.stop());
        const QStringList segments = server.recordings();
        QVERIFY2(segments.size() >= 3, qPrintable(segments.join(u' ')));
        for (const QString &segment : segments) {
            const FfprobeReport probe = FfprobeReport::probe(segment);
            if (!probe.isValid() || probe.videoFrames() == 0)
                continue;  // a segment cut by SIGKILL may be unreadable; the last one is not
            QVERIFY2(!probe.keyframeTimesS().isEmpty(), qPrintable(segment));
            QVERIFY2(qAbs(probe.keyframeTimesS().first() - probe.firstVideoPtsS()) < 0.001,
                     qPrintable(QStringLiteral("%1 does not start on a keyframe").arg(segment)));
        }

        // The stats show each loss as reconnecting, then live again, well inside the backoff.
        const StatsLog log = StatsLog::read(stats);
        const QList<QJsonObject> lines = log.lines();
        const QJsonObject last = outputIn(lines.last(), QStringLiteral("x"));
        QVERIFY2(last.value(QStringLiteral("reconnects")).toInt() >= 2, qPrintable(log.raw().right(2000)));
        const double firstLoss = firstTime(lines, QStringLiteral("x"), 0, [](const QJsonObject &o, const QJsonObject &) {
            return stateOf(o) == u"reconnecting";
        });
        QVERIFY(firstLoss > 0);
        const double back = firstTime(lines, QStringLiteral("x"), firstLoss, [](const QJsonObject &o, const QJsonObject &) {
            return stateOf(o) == u"live";
        });
        // Down for 3 s, retries at <= 1, <= 2, <= 4 s: live again within ~8 s of the loss.
        QVERIFY2(back > 0 && back - firstLoss <= 9, qPrintable(QStringLiteral("lost at %1, back at %2").arg(firstLoss).arg(back)));

        // The local recording never noticed: every frame of the 40 s is there.
        const FfprobeReport rec = FfprobeReport::probe(recording);
        QVERIFY2(rec.isValid(), qPrintable(rec.error()));
        const int expected = qRound(rec.videoSpanS() * 30) + 1;
        QVERIFY2(rec.videoSpanS() >= 38.5, qPrintable(rec.summary()));
        QVERIFY2(qAbs(rec.videoFrames() - expected) <= 2, qPrintable(rec.summary()));
        QVERIFY2(rec.videoFrames() >= 1170, qPrintable(rec.summary()));
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
