// SPDX-License-Identifier: GPL-2.0-or-later
// A backup ingest (YouTube's b-server, Facebook's secondary): the primary has nobody listening,
// so the stream goes to the backup, and the stats say which URL is in use.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "survivalchecks.h"
#include "tcpport.h"

#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    }

    void deadPrimaryFailsOverToBackup()
    {
        NginxRtmpServer backup;
        QVERIFY2(backup.start(), qPrintable(backup.lastError()));
        const QString primary = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(freeTcpPort());
        StudioProcess studio(studioBinary());
        studio.setEnv(keyEnvName(), QStringLiteral("spare"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("x"),
                              QStringLiteral("--stream"), primary, QStringLiteral("--stream-key-env"), keyEnvName(),
                              QStringLiteral("--stream-backup"), backup.ingestUrl(), QStringLiteral("--duration"),
                              QStringLiteral("10"), QStringLiteral("--stats"), stats}));
        QVERIFY2(studio.waitForExit(25000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));

        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        const double liveAt = firstTime(lines, QStringLiteral("x"), 0, [](const QJsonObject &o, const QJsonObject &) {
            return stateOf(o) == u"live";
        });
        QVERIFY2(liveAt >= 0 && liveAt <= 4, qPrintable(QString::number(liveAt)));
        const QJsonObject live = outputIn(lines.at(lines.size() / 2), QStringLiteral("x"));
        QCOMPARE(live.value(QStringLiteral("url")).toString(), backup.ingestUrl());
        QVERIFY(live.value(QStringLiteral("using_backup")).toBool());

        QVERIFY(backup.stop());
        QCOMPARE(backup.recordings().size(), 1);
        const FfprobeReport probe = FfprobeReport::probe(backup.recordings().first());
        QVERIFY2(probe.isValid() && probe.videoSpanS() > 6, qPrintable(probe.summary()));
    }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
