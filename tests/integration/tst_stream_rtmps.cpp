// SPDX-License-Identifier: GPL-2.0-or-later
// RTMPS through a TLS terminator whose certificate comes from a private CA: with --tls-ca-file the
// stream arrives intact; without it the studio must refuse the untrusted certificate (it must not
// silently accept it, as FFmpeg's rtmps does by default) and say that the certificate was the problem.
#include "ffprobereport.h"
#include "nginxrtmpserver.h"
#include "secretscan.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "stunneltls.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <memory>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kDurationS = 11;
}

class TestStreamRtmps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void streamsWithTrustedCa();
    void refusesUntrustedCertificate();

private:
    std::unique_ptr<NginxRtmpServer> m_server;
    std::unique_ptr<StunnelTls> m_tls;
};

void TestStreamRtmps::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    if (const QString why = StunnelTls::unavailableReason(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestStreamRtmps::init()
{
    m_server = std::make_unique<NginxRtmpServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_tls = std::make_unique<StunnelTls>(m_server->rtmpPort());
    QVERIFY2(m_tls->start(), qPrintable(m_tls->lastError()));
}

void TestStreamRtmps::cleanup()
{
    m_tls.reset();
    m_server.reset();
}

void TestStreamRtmps::streamsWithTrustedCa()
{
    StudioProcess studio(studioBinary());
    const QString key = uniqueStreamKey();
    studio.setEnv(keyEnvName(), key);
    QVERIFY(studio.start(headlessStreamArgs(m_tls->ingestUrl(), kDurationS)
                         + QStringList{QStringLiteral("--tls-ca-file"), m_tls->caFile()}));
    QVERIFY2(studio.waitForExit((kDurationS + 20) * 1000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output() + m_tls->log()));
    QVERIFY(m_server->stop());

    const QStringList recordings = m_server->recordings();
    QVERIFY2(recordings.size() == 1, qPrintable(m_server->errorLog()));
    QVERIFY2(recordings.first().contains(QLatin1Char('/') + key + QLatin1Char('-')),
             "the recording is not named after the key: the key was not appended as the last path element");
    const FfprobeReport probe = FfprobeReport::probe(recordings.first());
    QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    qInfo().noquote() << probe.summary();
    const QString why = probe.summary();
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    QCOMPARE(probe.width(), 1280);
    QCOMPARE(probe.height(), 720);
    QCOMPARE(probe.audioCodec(), QStringLiteral("aac"));
    // TLS must not cost frames: ≥ 10 s arrived, filled at 30 fps within 2 %.
    QVERIFY2(probe.videoSpanS() >= 10.0, qPrintable(why));
    const double expectedFrames = 30.0 * probe.videoSpanS();
    QVERIFY2(std::abs(probe.videoFrames() - expectedFrames) <= 0.02 * expectedFrames, qPrintable(why));

    QVERIFY2(!SecretScan(key).foundIn(studio.stdOut() + studio.stdErr()), "stream key printed");
}

void TestStreamRtmps::refusesUntrustedCertificate()
{
    StudioProcess studio(studioBinary());
    const QString key = uniqueStreamKey();
    studio.setEnv(keyEnvName(), key);
    QVERIFY(studio.start(headlessStreamArgs(m_tls->ingestUrl(), 30)));
    // A certificate failure is permanent: no retrying until --duration runs out.
    QVERIFY2(studio.waitForExit(15000), "studio still running 15 s after an untrusted certificate");
    const QString output = studio.output();
    QVERIFY2(studio.exitCode() == 3, qPrintable(QStringLiteral("exit %1: %2").arg(studio.exitCode()).arg(output)));
    static const QRegularExpression aboutTls(QStringLiteral("certificate|\\bTLS\\b|\\bSSL\\b|x\\.?509|verif|trust"),
                                             QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(output.contains(aboutTls), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("rejected"), Qt::CaseInsensitive), qPrintable(output));
    QVERIFY2(!SecretScan(key).foundIn(output.toUtf8()), "stream key printed");
    // Nothing may have reached the RTMP server behind the TLS terminator.
    QVERIFY(m_server->stop());
    QVERIFY2(m_server->recordings().isEmpty(), "a stream was published through an untrusted certificate");
}

QTEST_GUILESS_MAIN(TestStreamRtmps)
#include "tst_stream_rtmps.moc"
