// SPDX-License-Identifier: GPL-2.0-or-later
// Fan-out beyond one uplink: the studio sends one stream to a relay server the user runs (nginx
// with the RTMP module's "push"), which copies it to every platform. The documented recipe
// (packaging/relay/nginx-rtmp-fanout.conf) must be a config nginx accepts, and the chain —
// studio → relay → two further nginx-rtmp servers, all on loopback — must deliver the same
// show, decodable, at both far ends.
#include "decodecheck.h"
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "processtools.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestFanout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recipeIsAConfigNginxAccepts();
    void relayDeliversToEveryFarEnd();
};

void TestFanout::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestFanout::recipeIsAConfigNginxAccepts()
{
    QFile recipe(QStringLiteral(VIDA3_TEST_SOURCE_DIR "/packaging/relay/nginx-rtmp-fanout.conf"));
    QVERIFY2(recipe.open(QIODevice::ReadOnly), qPrintable(recipe.fileName()));
    QByteArray block = recipe.readAll();
    // The platforms' hosts cannot be resolved on a machine without internet: nginx-rtmp resolves
    // push hosts while it reads the config, so they point at this machine for the check.
    block.replace("a.rtmp.youtube.com", "127.0.0.1").replace("live.twitch.tv", "127.0.0.1");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString conf = dir.filePath(QStringLiteral("nginx.conf"));
    QFile out(conf);
    QVERIFY(out.open(QIODevice::WriteOnly));
    // What Debian's /etc/nginx/nginx.conf around it provides: the module, a pid file, events.
    out.write(QStringLiteral("load_module %1;\npid %2/nginx.pid;\nerror_log %2/error.log;\nevents {}\n")
                  .arg(NginxRtmpServer::modulePath(), dir.path())
                  .toUtf8());
    out.write(block);
    out.close();
    const ToolResult r = runTool(QStringLiteral("nginx"),
                                 {QStringLiteral("-t"), QStringLiteral("-p"), dir.path() + QLatin1Char('/'),
                                  QStringLiteral("-c"), conf, QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log"))},
                                 15000);
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.stdErr + r.stdOut)));
}

void TestFanout::relayDeliversToEveryFarEnd()
{
    constexpr int durationS = 8;
    NginxRtmpServer farA;
    NginxRtmpServer farB;
    QVERIFY2(farA.start(), qPrintable(farA.lastError()));
    QVERIFY2(farB.start(), qPrintable(farB.lastError()));
    NginxRtmpServer relay;
    relay.setPushTargets({farA.ingestUrl() + QStringLiteral("/platform-a-key"),
                          farB.ingestUrl() + QStringLiteral("/platform-b-key")});
    QVERIFY2(relay.start(), qPrintable(relay.lastError()));

    StudioProcess studio(studioBinary());
    studio.setEnv(keyEnvName(), QStringLiteral("show"));
    QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("relay"),
                          QStringLiteral("--stream"), relay.ingestUrl(), QStringLiteral("--stream-key-env"),
                          keyEnvName(), QStringLiteral("--duration"), QString::number(durationS)}));
    QVERIFY2(studio.waitForExit((durationS + 20) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    // The relay ends its pushes when the studio unpublishes; stopping gracefully finishes the files.
    QVERIFY(relay.stop());
    QVERIFY(farA.stop());
    QVERIFY(farB.stop());

    for (NginxRtmpServer *far : {&farA, &farB}) {
        const QStringList files = far->recordings();
        QVERIFY2(files.size() == 1, qPrintable(files.join(u' ') + far->errorLog() + relay.errorLog()));
        const FfprobeReport probe = FfprobeReport::probe(files.first());
        QVERIFY2(probe.isValid(), qPrintable(probe.summary()));
        const QString why = probe.summary();
        qInfo().noquote() << why;
        // The relay preset: 1280x720 at 30 fps, a keyframe every 2 s, AAC 48 kHz — all of it.
        QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
        QCOMPARE(probe.width(), 1280);
        QCOMPARE(probe.height(), 720);
        QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
        QCOMPARE(probe.sampleRate(), 48000);
        QVERIFY2(probe.videoSpanS() >= durationS - 1.0, qPrintable(why));
        for (const double interval : probe.keyframeIntervalsS())
            QVERIFY2(std::abs(interval - 2.0) < 0.1, qPrintable(why));
        const DecodeCheck decode = DecodeCheck::run(files.first());
        QVERIFY2(decode.exitCode() == 0 && decode.errors().isEmpty(), qPrintable(decode.summary()));
    }
}

QTEST_GUILESS_MAIN(TestFanout)
#include "tst_fanout.moc"
