// SPDX-License-Identifier: GPL-2.0-or-later
// Links that cannot keep up: an upload capped below the bitrate (the studio adapts and stays
// live, drops only a bounded number of frames, and climbs back when the cap goes), and a peer
// that goes silent without closing (detected within 10 s; Ctrl+C still ends within 2 s with the
// recording finalized).
#include "decodecheck.h"
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "survivalchecks.h"
#include "throttledproxy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <csignal>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestCongestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    }

    void slowUploadAdaptsAndRecovers()
    {
        NginxRtmpServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        ThrottledProxy proxy(server.rtmpPort());
        QVERIFY(proxy.listen());
        StudioProcess studio(studioBinary());
        studio.setEnv(keyEnvName(), QStringLiteral("narrow"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        QVERIFY(studio.start(headlessStreamArgs(QStringLiteral("rtmp://127.0.0.1:%1/live").arg(proxy.port()), 50)
                             << QStringLiteral("--stats") << stats));
        // Times below are on the studio's stats clock (it starts after the process does, later
        // on a loaded machine): the last line written when the link changed, at most 1 s early.
        auto statsNow = [&stats] {
            const QList<QJsonObject> lines = StatsLog::read(stats).lines();
            return lines.isEmpty() ? 0.0 : lines.last().value(QStringLiteral("t")).toDouble();
        };
        QTest::qWait(8000);  // live at the nominal 4000 kbps
        const double capAt = statsNow();
        proxy.setRateKbps(1800);
        QTest::qWait(22000);
        const double clearAt = statsNow();
        proxy.setRateKbps(0);  // the link clears
        QVERIFY2(studio.waitForExit(40000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));

        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        auto target = [](const QJsonObject &line) { return line.value(QStringLiteral("target_kbps")).toInt(); };
        // The bitrate comes down within 10 s of the cap...
        const double adaptedAt = firstTime(lines, QStringLiteral("x"), capAt, [&](const QJsonObject &, const QJsonObject &l) {
            return target(l) > 0 && target(l) <= 1700;
        });
        QVERIFY2(adaptedAt > 0 && adaptedAt - capAt <= 10, qPrintable(QStringLiteral("adapted at %1").arg(adaptedAt)));
        // ...stays live without reconnecting, with a bounded number of dropped frames...
        for (const QJsonObject &line : lines) {
            const QJsonObject o = outputIn(line, QStringLiteral("x"));
            if (o.isEmpty() || line.value(QStringLiteral("t")).toDouble() < 3)
                continue;
            QVERIFY2(stateOf(o) == u"live" || stateOf(o) == u"stopping" || stateOf(o) == u"stopped",
                     QJsonDocument(line).toJson().constData());
            QCOMPARE(o.value(QStringLiteral("reconnects")).toInt(), 0);
        }
        const int dropped = outputIn(lines.last(), QStringLiteral("x")).value(QStringLiteral("dropped_network")).toInt();
        QStringList timeline;  // t:target/dropped, for the log of a failure
        for (const QJsonObject &line : lines)
            timeline.append(QStringLiteral("%1:%2/%3").arg(line.value(QStringLiteral("t")).toDouble(), 0, 'f', 0)
                                .arg(target(line))
                                .arg(outputIn(line, QStringLiteral("x")).value(QStringLiteral("dropped_network")).toInt()));
        qInfo().noquote() << "t:target_kbps/dropped" << timeline.join(u' ');
        qInfo("capped at %.0f s, cleared at %.0f s; adapted %.0f s after the cap, %d frames dropped (network)", capAt,
              clearAt, adaptedAt - capAt, dropped);
        QVERIFY2(dropped < 30 * 10, qPrintable(QString::number(dropped)));
        QCOMPARE(proxy.connections(), 1);
        // ...and climbs back once the cap is lifted.
        const double recoveredAt = firstTime(lines, QStringLiteral("x"), clearAt, [&](const QJsonObject &, const QJsonObject &l) {
            return target(l) >= 3500;
        });
        qInfo("recovered to >= 3500 kbps %.0f s after the cap was lifted", recoveredAt - clearAt);
        QVERIFY2(recoveredAt > 0 && recoveredAt - clearAt <= 18, qPrintable(QString::number(recoveredAt)));
    }

    void silentPeerIsDetectedAndStopStaysFast()
    {
        NginxRtmpServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        StudioProcess studio(studioBinary());
        studio.setEnv(keyEnvName(), QStringLiteral("frozen"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        const QString recording = studio.workFile(QStringLiteral("rec.mkv"));
        QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), 60) << QStringLiteral("--stats") << stats
                                                                        << QStringLiteral("--record") << recording));
        QTest::qWait(5000);
        server.freeze();  // the process stops reading; the kernel still holds the connection open
        const double frozenAt = 5;
        QTest::qWait(12000);
        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        const double detectedAt = firstTime(lines, QStringLiteral("x"), frozenAt, [](const QJsonObject &o, const QJsonObject &) {
            return stateOf(o) == u"reconnecting";
        });
        qInfo("dead link detected %.1f s after the peer froze", detectedAt - frozenAt);
        QVERIFY2(detectedAt > 0 && detectedAt - frozenAt <= 10.5, qPrintable(StatsLog::read(stats).raw().right(1500)));

        QElapsedTimer stop;
        stop.start();
        QVERIFY(studio.sendSignal(SIGINT));
        QVERIFY2(studio.waitForExit(5000), "studio did not stop");
        QVERIFY2(stop.elapsed() <= 2000, qPrintable(QStringLiteral("stop took %1 ms").arg(stop.elapsed())));
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        server.thaw();
        const FfprobeReport rec = FfprobeReport::probe(recording);
        QVERIFY2(rec.isValid() && rec.videoSpanS() > 15, qPrintable(rec.summary()));
        QVERIFY2(rec.maxFrameGapS() < 0.05, qPrintable(rec.summary()));  // the recording never stalled
    }
};

QTEST_GUILESS_MAIN(TestCongestion)
#include "tst_congestion.moc"
