// SPDX-License-Identifier: GPL-2.0-or-later
// A server that refuses the stream key (nginx-rtmp on_publish answering 403, which drops the
// connection right after the publish command): the studio must say "rejected", stop at once instead
// of retrying the same key, and never print the key. The accepted key must stream.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "secretscan.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestStreamRejected : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badKeyIsRejected();
    void goodKeyStreams();
};

void TestStreamRejected::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestStreamRejected::badKeyIsRejected()
{
    NginxRtmpServer server(NginxRtmpServer::PublishAuth::OnPublish, QStringLiteral("goodkey"));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    StudioProcess studio(studioBinary());
    studio.setEnv(keyEnvName(), QStringLiteral("badkey"));
    QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), 30)));
    QVERIFY2(studio.waitForExit(10000),
             qPrintable(QStringLiteral("still running after 10 s; publish attempts: %1")
                            .arg(server.onPublishRequests().size())));
    const QString output = studio.output();
    QVERIFY2(studio.exitCode() == 3, qPrintable(QStringLiteral("exit %1: %2").arg(studio.exitCode()).arg(output)));
    QVERIFY2(output.contains(QStringLiteral("rejected"), Qt::CaseInsensitive), qPrintable(output));
    QVERIFY2(!SecretScan(QStringLiteral("badkey")).foundIn(output.toUtf8()), qPrintable(output));
    // A refused key is permanent: one attempt, no retry loop against the platform.
    QVERIFY2(server.onPublishRequests().size() == 1, qPrintable(server.onPublishRequests().join(QLatin1Char('\n'))));
    QVERIFY(server.stop());
    QVERIFY(server.recordings().isEmpty());
}

void TestStreamRejected::goodKeyStreams()
{
    NginxRtmpServer server(NginxRtmpServer::PublishAuth::OnPublish, QStringLiteral("goodkey"));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    StudioProcess studio(studioBinary());
    studio.setEnv(keyEnvName(), QStringLiteral("goodkey"));
    QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), 5)));
    QVERIFY2(studio.waitForExit(25000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    QCOMPARE(server.onPublishRequests().size(), 1);
    QVERIFY(server.stop());
    const QStringList recordings = server.recordings();
    QCOMPARE(recordings.size(), 1);
    QVERIFY(recordings.first().contains(QStringLiteral("/goodkey-")));
    const FfprobeReport probe = FfprobeReport::probe(recordings.first());
    QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    QVERIFY2(probe.videoSpanS() >= 3.0, qPrintable(probe.summary()));
}

QTEST_GUILESS_MAIN(TestStreamRejected)
#include "tst_stream_rejected.moc"
