// SPDX-License-Identifier: GPL-2.0-or-later
#include "srtlistener.h"

#include "processtools.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUdpSocket>

namespace vida3::testsupport {

namespace {
const QString kProgram = QStringLiteral("srt-live-transmit");

// Whether a UDP socket is bound to 127.0.0.1:port (/proc/net/udp lists local_address as hex).
bool udpPortBound(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray needle = QStringLiteral(":%1 ").arg(port, 4, 16, QLatin1Char('0')).toUpper().toLatin1();
    return table.readAll().contains(needle);
}
}  // namespace

quint16 freeUdpPort()
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}

SrtListener::SrtListener(QString capturePath, QString passphrase, quint16 port)
    : m_capturePath(std::move(capturePath)), m_passphrase(std::move(passphrase)), m_port(port)
{
}

SrtListener::~SrtListener()
{
    stop();
}

QString SrtListener::unavailableReason()
{
    if (QStandardPaths::findExecutable(kProgram).isEmpty())
        return QStringLiteral("%1 not found (Debian package srt-tools)").arg(kProgram);
    return {};
}

bool SrtListener::start(int timeoutMs)
{
    if (m_port == 0)
        m_port = freeUdpPort();
    QString input = QStringLiteral("srt://127.0.0.1:%1?mode=listener").arg(m_port);
    if (!m_passphrase.isEmpty())
        input += QStringLiteral("&passphrase=") + m_passphrase;
    m_process.setStandardOutputFile(m_capturePath, QIODevice::Append);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    killWithParent(m_process);
    m_process.start(kProgram, {QStringLiteral("-a:no"), QStringLiteral("-loglevel:note"), input,
                               QStringLiteral("file://con")});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_lastError = QStringLiteral("%1 did not start: %2").arg(kProgram, m_process.errorString());
        return false;
    }
    if (!waitUntil([this] { return udpPortBound(m_port) || m_process.state() != QProcess::Running; }, timeoutMs)
        || m_process.state() != QProcess::Running) {
        m_lastError = QStringLiteral("%1 is not listening on UDP %2: %3").arg(kProgram).arg(m_port).arg(log());
        return false;
    }
    return true;
}

void SrtListener::stop()
{
    stopProcess(m_process);
    log();
}

qint64 SrtListener::capturedBytes() const
{
    return QFileInfo(m_capturePath).size();
}

QString SrtListener::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

}  // namespace vida3::testsupport
