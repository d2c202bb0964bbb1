// SPDX-License-Identifier: GPL-2.0-or-later
#include "stunneltls.h"

#include "processtools.h"
#include "tcpport.h"

#include <QFile>
#include <QFileInfo>

namespace vida3::testsupport {

namespace {
const QString kStunnel = QStringLiteral("/usr/bin/stunnel4");
const QString kOpenssl = QStringLiteral("/usr/bin/openssl");
constexpr int kStartAttempts = 3;

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) == text.toUtf8().size();
}
} // namespace

StunnelTls::StunnelTls(quint16 targetPort)
    : m_targetPort(targetPort)
{
    killWithParent(m_process);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

StunnelTls::~StunnelTls()
{
    stop();
}

QString StunnelTls::unavailableReason()
{
    if (!QFileInfo(kStunnel).isExecutable())
        return QStringLiteral("stunnel4 not installed (%1)").arg(kStunnel);
    if (!QFileInfo(kOpenssl).isExecutable())
        return QStringLiteral("openssl not installed (%1)").arg(kOpenssl);
    return {};
}

QString StunnelTls::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString StunnelTls::ingestUrl() const
{
    return QStringLiteral("rtmps://127.0.0.1:%1/live").arg(m_tlsPort);
}

QString StunnelTls::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("stunnel.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool StunnelTls::makeCertificates()
{
    const auto path = [this](const char *name) { return m_dir.filePath(QString::fromLatin1(name)); };
    // P-256 keys: generated in milliseconds, accepted by gnutls (FFmpeg) and OpenSSL (stunnel).
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!writeText(path("server.ext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                                  "basicConstraints=critical,CA:FALSE\n"
                                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                  "extendedKeyUsage=serverAuth\n"))) {
        m_lastError = QStringLiteral("cannot write server.ext");
        return false;
    }
    const QList<QStringList> steps{
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
            + QStringList{QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.pem"),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=VIDA3 throwaway test CA"), QStringLiteral("-addext"),
                          QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                          QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        QStringList{QStringLiteral("req")} + ecKey
            + QStringList{QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"),
                          path("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
                    QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path("server.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), path("server.ext")},
    };
    for (const QStringList &args : steps) {
        const ToolResult r = runTool(kOpenssl, args, 30000);
        if (r.exitCode != 0) {
            m_lastError = QStringLiteral("openssl %1 failed: %2")
                              .arg(args.first(), QString::fromUtf8(r.stdErr));
            return false;
        }
    }
    return true;
}

bool StunnelTls::launch(int timeoutMs)
{
    const QString conf = QStringLiteral(
                             "foreground = yes\n"
                             "pid = %1\n"
                             "output = %2\n"
                             "debug = info\n"
                             "[rtmps]\n"
                             "accept = 127.0.0.1:%3\n"
                             "connect = 127.0.0.1:%4\n"
                             "cert = %5\n"
                             "key = %6\n")
                             .arg(m_dir.filePath(QStringLiteral("stunnel.pid")),
                                  m_dir.filePath(QStringLiteral("stunnel.log")))
                             .arg(m_tlsPort)
                             .arg(m_targetPort)
                             .arg(m_dir.filePath(QStringLiteral("server.pem")),
                                  m_dir.filePath(QStringLiteral("server.key")));
    const QString confPath = m_dir.filePath(QStringLiteral("stunnel.conf"));
    if (!writeText(confPath, conf)) {
        m_lastError = QStringLiteral("cannot write %1").arg(confPath);
        return false;
    }
    m_process.start(kStunnel, {confPath});
    if (!m_process.waitForStarted(5000)) {
        m_lastError = QStringLiteral("stunnel did not start: %1").arg(m_process.errorString());
        return false;
    }
    const bool up = waitUntil(
        [this] { return m_process.waitForFinished(0) || isTcpPortAccepting(m_tlsPort); }, timeoutMs);
    if (!up || m_process.state() == QProcess::NotRunning) {
        m_lastError = QStringLiteral("stunnel did not come up: %1 %2")
                          .arg(QString::fromUtf8(m_process.readAll()), log());
        stop();
        return false;
    }
    return true;
}

bool StunnelTls::start(int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_lastError = QStringLiteral("no temporary directory");
        return false;
    }
    if (!m_haveCertificates) {
        m_haveCertificates = makeCertificates();
        if (!m_haveCertificates)
            return false;
    }
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        m_tlsPort = freeTcpPort();
        if (launch(timeoutMs))
            return true;
        if (!log().contains(QStringLiteral("Address already in use")))
            return false;
    }
    return false;
}

void StunnelTls::stop()
{
    stopProcess(m_process);
}

} // namespace vida3::testsupport
