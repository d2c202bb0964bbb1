// SPDX-License-Identifier: GPL-2.0-or-later
// One encode, several destinations: a destination that dies for good, or whose key the server
// refuses, never disturbs the other one, which receives every frame.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "survivalchecks.h"

#include <QJsonDocument>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestMultistream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    }

    void oneServerDiesTheOtherGetsEveryFrame()
    {
        NginxRtmpServer a;
        NginxRtmpServer b;
        QVERIFY2(a.start(), qPrintable(a.lastError()));
        QVERIFY2(b.start(), qPrintable(b.lastError()));
        StudioProcess studio(studioBinary());
        studio.setEnv(QStringLiteral("KEY_A"), QStringLiteral("alpha"));
        studio.setEnv(QStringLiteral("KEY_B"), QStringLiteral("bravo"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("x"),
                              QStringLiteral("--stream"), a.ingestUrl(), QStringLiteral("--stream-key-env"),
                              QStringLiteral("KEY_A"), QStringLiteral("--stream-name"), QStringLiteral("a"),
                              QStringLiteral("--stream"), b.ingestUrl(), QStringLiteral("--stream-key-env"),
                              QStringLiteral("KEY_B"), QStringLiteral("--stream-name"), QStringLiteral("b"),
                              QStringLiteral("--reconnect-attempts"), QStringLiteral("2"),
                              QStringLiteral("--reconnect-delay"), QStringLiteral("0.5"),
                              QStringLiteral("--reconnect-max-delay"), QStringLiteral("1"),
                              QStringLiteral("--duration"), QStringLiteral("16"), QStringLiteral("--stats"), stats}));
        QTest::qWait(5000);
        b.kill();  // for good
        QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
        // An output failed: exit 3, but only at the end — the process carried on.
        QVERIFY2(studio.exitCode() == 3, qPrintable(studio.output()));
        QVERIFY2(studio.exitedAfterMs() > 15000, qPrintable(QString::number(studio.exitedAfterMs())));

        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        const QJsonObject lastB = outputIn(lines.last(), QStringLiteral("b"));
        QCOMPARE(stateOf(lastB), QStringLiteral("failed"));
        QVERIFY2(!lastB.value(QStringLiteral("reason")).toString().isEmpty(), QJsonDocument(lastB).toJson().constData());
        // "a" never noticed: live in every line from its start to the stop, nothing dropped.
        int liveLines = 0;
        for (const QJsonObject &line : lines) {
            const QString state = stateOf(outputIn(line, QStringLiteral("a")));
            if (state == u"connecting" || state == u"stopping" || state == u"stopped")
                continue;
            QVERIFY2(state == u"live", QJsonDocument(line).toJson().constData());
            ++liveLines;
        }
        QVERIFY2(liveLines >= 13, qPrintable(QString::number(liveLines)));
        QCOMPARE(outputIn(lines.last(), QStringLiteral("a")).value(QStringLiteral("dropped_network")).toInt(), 0);

        QVERIFY(a.stop());
        const QStringList recordings = a.recordings();
        QCOMPARE(recordings.size(), 1);
        const FfprobeReport probe = FfprobeReport::probe(recordings.first());
        QVERIFY2(probe.isValid(), qPrintable(probe.error()));
        // Every frame: no gap anywhere, and the frame count matches the span at 30 fps.
        QVERIFY2(probe.maxFrameGapS() < 0.05, qPrintable(probe.summary()));
        QVERIFY2(qAbs(probe.videoFrames() - (qRound(probe.videoSpanS() * 30) + 1)) <= 2, qPrintable(probe.summary()));
        QVERIFY2(probe.videoSpanS() > 14.5, qPrintable(probe.summary()));
    }

    void refusedKeyOnOneStopsOnlyThatOne()
    {
        NginxRtmpServer open;
        NginxRtmpServer strict(NginxRtmpServer::PublishAuth::OnPublish, QStringLiteral("goodkey"));
        QVERIFY2(open.start(), qPrintable(open.lastError()));
        QVERIFY2(strict.start(), qPrintable(strict.lastError()));
        StudioProcess studio(studioBinary());
        studio.setEnv(QStringLiteral("KEY_A"), QStringLiteral("alpha"));
        studio.setEnv(QStringLiteral("KEY_B"), QStringLiteral("badkey"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("x"),
                              QStringLiteral("--stream"), open.ingestUrl(), QStringLiteral("--stream-key-env"),
                              QStringLiteral("KEY_A"), QStringLiteral("--stream-name"), QStringLiteral("first"),
                              QStringLiteral("--stream"), strict.ingestUrl(), QStringLiteral("--stream-key-env"),
                              QStringLiteral("KEY_B"), QStringLiteral("--stream-name"), QStringLiteral("second"),
                              QStringLiteral("--duration"), QStringLiteral("10"), QStringLiteral("--stats"), stats}));
        QVERIFY2(studio.waitForExit(25000), "studio did not stop after --duration");
        QCOMPARE(studio.exitCode(), 3);
        QVERIFY2(studio.output().contains(QStringLiteral("second failed: rejected")), qPrintable(studio.output()));
        QVERIFY(!studio.output().contains(QStringLiteral("badkey")));
        // Refused once, never retried.
        QCOMPARE(strict.onPublishRequests().size(), 1);
        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        const double rejectedAt = firstTime(lines, QStringLiteral("second"), 0, [](const QJsonObject &o, const QJsonObject &) {
            return stateOf(o) == u"failed";
        });
        QVERIFY2(rejectedAt >= 0 && rejectedAt <= 3, qPrintable(QString::number(rejectedAt)));
        QVERIFY(open.stop());
        const FfprobeReport probe = FfprobeReport::probe(open.recordings().value(0));
        QVERIFY2(probe.isValid() && probe.videoSpanS() > 8.5, qPrintable(probe.summary()));
        QVERIFY2(probe.maxFrameGapS() < 0.05, qPrintable(probe.summary()));
    }
};

QTEST_GUILESS_MAIN(TestMultistream)
#include "tst_multistream.moc"
