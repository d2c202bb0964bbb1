// SPDX-License-Identifier: GPL-2.0-or-later
// The fixtures judged against a publisher we trust (the ffmpeg CLI), so that a failure in the studio
// tests can be blamed on the studio and not on the servers or on the ffprobe parsing.
#include "decodecheck.h"
#include "ffmpegpublisher.h"
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "secretscan.h"
#include "stunneltls.h"
#include "tcpport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vida3::testsupport;

class TestFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freePortIsFree();
    void nginxRecordsWhatFfmpegSends();
    void nginxKillAndRestart();
    void onPublishRefusesOtherKeys();
    void stunnelNeedsItsCa();
    void statsLogValidation();
    void secretScan();
};

void TestFixtures::initTestCase()
{
    if (const QString why = NginxRtmpServer::unavailableReason(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    if (const QString why = StunnelTls::unavailableReason(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestFixtures::freePortIsFree()
{
    const quint16 port = freeTcpPort();
    QVERIFY(port > 1024);
    QVERIFY(!isTcpPortAccepting(port));
}

void TestFixtures::nginxRecordsWhatFfmpegSends()
{
    NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    QVERIFY(isTcpPortAccepting(server.rtmpPort()));

    FfmpegPublisher ffmpeg;
    QVERIFY(ffmpeg.start(server.ingestUrl() + QStringLiteral("/fixturekey"), 10.0));
    QVERIFY2(ffmpeg.waitForExit(30000), "ffmpeg did not finish");
    QVERIFY2(ffmpeg.exitCode() == 0, qPrintable(ffmpeg.output()));
    QVERIFY(server.stop());
    QVERIFY(!isTcpPortAccepting(server.rtmpPort()));

    const QStringList recordings = server.recordings();
    QCOMPARE(recordings.size(), 1);
    QVERIFY(recordings.first().contains(QStringLiteral("/fixturekey-")));
    const FfprobeReport probe = FfprobeReport::probe(recordings.first());
    QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    qInfo().noquote() << probe.summary();
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.width(), 1280);
    QCOMPARE(probe.height(), 720);
    // FLV stores millisecond timestamps (33/34 ms steps): ffprobe reports avg_frame_rate 1000/33 = 30.303.
    QVERIFY2(qAbs(probe.avgFrameRate() - 30.0) <= 0.5, qPrintable(probe.summary()));
    QCOMPARE(probe.videoFrames(), 300);
    QVERIFY2(qAbs(probe.measuredFps() - 30.0) < 0.3, qPrintable(probe.summary()));
    const QList<double> intervals = probe.keyframeIntervalsS();
    QCOMPARE(intervals.size(), 3); // keyframes at 0, 3, 6, 9 s
    for (const double interval : intervals)
        QVERIFY2(qAbs(interval - 3.0) <= 1.0 / 30 + 1e-3, qPrintable(probe.summary()));
    QVERIFY2(qAbs(probe.videoBitrateKbps() - 4000) < 400, qPrintable(probe.summary()));
    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    QCOMPARE(probe.audioProfile(), QStringLiteral("LC"));
    QCOMPARE(probe.sampleRate(), 44100);
    QCOMPARE(probe.channels(), 2);

    const DecodeCheck decode = DecodeCheck::run(recordings.first());
    QVERIFY2(decode.exitCode() == 0, qPrintable(decode.summary()));
    QCOMPARE(decode.videoFrames(), 300);
    QVERIFY2(decode.decodedSeconds() > 9.5, qPrintable(decode.summary()));
}

void TestFixtures::nginxKillAndRestart()
{
    NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const quint16 port = server.rtmpPort();
    server.kill();
    QVERIFY(!server.isRunning());
    // The worker holds the listening socket too; kill() must take it down with the master.
    QVERIFY(!isTcpPortAccepting(port));
    QVERIFY2(server.restart(), qPrintable(server.lastError()));
    QCOMPARE(server.rtmpPort(), port);
    QVERIFY(isTcpPortAccepting(port));
}

void TestFixtures::onPublishRefusesOtherKeys()
{
    NginxRtmpServer server(NginxRtmpServer::PublishAuth::OnPublish, QStringLiteral("goodkey"));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    FfmpegPublisher refused;
    QVERIFY(refused.start(server.ingestUrl() + QStringLiteral("/badkey"), 3.0));
    QVERIFY(refused.waitForExit(10000));
    QVERIFY2(refused.exitCode() != 0, qPrintable(refused.output()));
    // nginx-rtmp answers a 403 from on_publish by closing the connection after the publish command.
    QVERIFY2(refused.output().contains(QStringLiteral("Input/output error")), qPrintable(refused.output()));
    QCOMPARE(server.onPublishRequests().size(), 1);
    QVERIFY(server.onPublishRequests().first().contains(QStringLiteral("name=badkey")));
    QVERIFY(server.onPublishRequests().first().contains(QStringLiteral("\" 403 ")));

    FfmpegPublisher accepted;
    QVERIFY(accepted.start(server.ingestUrl() + QStringLiteral("/goodkey"), 3.0));
    QVERIFY(accepted.waitForExit(15000));
    QVERIFY2(accepted.exitCode() == 0, qPrintable(accepted.output()));
    QCOMPARE(server.onPublishRequests().size(), 2);
    QVERIFY(server.onPublishRequests().last().contains(QStringLiteral("\" 200 ")));
    QVERIFY(server.stop());
    QCOMPARE(server.recordings().size(), 1);
    QVERIFY(server.recordings().first().contains(QStringLiteral("/goodkey-")));
}

void TestFixtures::stunnelNeedsItsCa()
{
    NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    StunnelTls tls(server.rtmpPort());
    QVERIFY2(tls.start(), qPrintable(tls.lastError()));
    QVERIFY(QFile::exists(tls.caFile()));

    // FFmpeg's rtmps (gnutls) verifies nothing by default; with tls_verify it needs our CA.
    FfmpegPublisher untrusted;
    QVERIFY(untrusted.start(tls.ingestUrl() + QStringLiteral("/tlskey"), 2.0, 4000, 90,
                            {QStringLiteral("-tls_verify"), QStringLiteral("1")}));
    QVERIFY(untrusted.waitForExit(15000));
    QVERIFY2(untrusted.exitCode() != 0, qPrintable(untrusted.output()));
    qInfo().noquote() << "ffmpeg without the CA:" << untrusted.output().trimmed();

    FfmpegPublisher trusted;
    QVERIFY(trusted.start(tls.ingestUrl() + QStringLiteral("/tlskey"), 4.0, 4000, 90,
                          {QStringLiteral("-tls_verify"), QStringLiteral("1"), QStringLiteral("-ca_file"),
                           tls.caFile()}));
    QVERIFY(trusted.waitForExit(20000));
    QVERIFY2(trusted.exitCode() == 0, qPrintable(trusted.output() + tls.log()));
    tls.stop();
    QVERIFY(server.stop());
    const QStringList recordings = server.recordings();
    QCOMPARE(recordings.size(), 1);
    const FfprobeReport probe = FfprobeReport::probe(recordings.first());
    QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    QCOMPARE(probe.videoFrames(), 120);
}

void TestFixtures::statsLogValidation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"t":1.0,"fps":30,"frames":{"rendered":30,"for_output":30,"preview_only":0,"encoded":30,"missed_render":0,"skipped_encode":0},"target_kbps":4000,"outputs":[{"name":"x","state":"live","kbps":4010,"bytes":500000,"dropped_network":0,"frames":30}]})"
               "\n"
               R"({"t":"2026-01-01T00:00:02.000Z","fps":30,"frames":{"rendered":60,"for_output":60,"preview_only":0,"encoded":60,"missed_render":0},"target_kbps":4000,"outputs":[{"name":"x","kbps":"4000","bytes":1,"dropped_network":0,"frames":60}]})"
               "\n"
               "not json\n"
               R"({"t":3.0,"fps")");
    file.close();
    const StatsLog log = StatsLog::read(path);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.problems().size(), 4); // skipped_encode, state, kbps, "not json"; the torn tail is ignored
    QCOMPARE(log.timesS().first(), 1.0);
    QCOMPARE(log.timesS().last(), 1767225602.0);
}

void TestFixtures::secretScan()
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("a/b.ini")));
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("key=" + QByteArray("s3cr3t/k?y&1").toBase64(QByteArray::OmitTrailingEquals) + "\n");
    plain.close();
    const SecretScan scan(QStringLiteral("s3cr3t/k?y&1"));
    QCOMPARE(scan.filesContaining(dir.path()).size(), 1);
    QVERIFY(scan.foundIn("url=rtmp://h/app/s3cr3t%2Fk%3Fy%261"));
    QVERIFY(!scan.foundIn("nothing here"));
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
