// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace vida3::testsupport {

// RTMPS in front of a plain RTMP server: stunnel4 terminates TLS on 127.0.0.1:tlsPort() and forwards
// to 127.0.0.1:targetPort. Its certificate (subjectAltName DNS:localhost, IP:127.0.0.1) is signed by a
// throwaway CA made with openssl for this fixture only; caFile() is that CA, which no system trusts.
class StunnelTls
{
public:
    explicit StunnelTls(quint16 targetPort);
    ~StunnelTls();
    StunnelTls(const StunnelTls &) = delete;
    StunnelTls &operator=(const StunnelTls &) = delete;

    static QString unavailableReason();

    bool start(int timeoutMs = 15000);
    void stop();

    quint16 tlsPort() const { return m_tlsPort; }
    QString caFile() const;
    // rtmps://127.0.0.1:TLSPORT/live
    QString ingestUrl() const;
    QString lastError() const { return m_lastError; }
    QString log() const;

private:
    bool makeCertificates();
    bool launch(int timeoutMs);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_targetPort;
    quint16 m_tlsPort = 0;
    bool m_haveCertificates = false;
    QString m_lastError;
};

} // namespace vida3::testsupport
