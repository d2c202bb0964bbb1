// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace vida3::testsupport {

// Debian's srt-live-transmit (srt-tools) as the SRT listener a platform or relay would run:
// it accepts one caller on 127.0.0.1:port (with a passphrase when given) and writes the
// MPEG-TS it receives to a file. It exits when the caller disconnects (auto-reconnect off).
class SrtListener
{
public:
    SrtListener(QString capturePath, QString passphrase, quint16 port = 0);
    ~SrtListener();
    SrtListener(const SrtListener &) = delete;
    SrtListener &operator=(const SrtListener &) = delete;

    static QString unavailableReason();
    // Starts listening (a fresh UDP port when none was given); false with lastError() set.
    bool start(int timeoutMs = 5000);
    void stop();
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("srt://127.0.0.1:%1").arg(m_port); }
    QString capturePath() const { return m_capturePath; }
    qint64 capturedBytes() const;
    QString log();
    QString lastError() const { return m_lastError; }

private:
    QString m_capturePath;
    QString m_passphrase;
    quint16 m_port = 0;
    QProcess m_process;
    QString m_log;
    QString m_lastError;
};

// A UDP port on 127.0.0.1 that was free a moment ago.
quint16 freeUdpPort();

}  // namespace vida3::testsupport
