// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace vida3::testsupport {

// A real RTMP ingest: nginx + libnginx-mod-rtmp in its own temporary prefix, listening on 127.0.0.1
// only, recording every published stream to rec/<key>-<unixtime>.flv. With PublishAuth::OnPublish the
// server asks its own http block on every publish and refuses (HTTP 403) any key but acceptedKey;
// nginx-rtmp then drops the connection right after the publish command, without an onStatus error.
// The destructor kills master and workers, so a failing test never leaves a server behind.
class NginxRtmpServer
{
public:
    enum class PublishAuth { Open, OnPublish };

    explicit NginxRtmpServer(PublishAuth auth = PublishAuth::Open,
                             const QString &acceptedKey = QStringLiteral("goodkey"));
    ~NginxRtmpServer();
    NginxRtmpServer(const NginxRtmpServer &) = delete;
    NginxRtmpServer &operator=(const NginxRtmpServer &) = delete;

    // Empty when nginx and the rtmp module are installed; otherwise why the fixture cannot run.
    static QString unavailableReason();
    // The module's loadable path, for configs of one's own (nginx -t on a documented recipe).
    static QString modulePath();

    // Before start(): relay every stream published here to these URLs (nginx-rtmp "push"), as a
    // fan-out server does.
    void setPushTargets(const QStringList &urls) { m_pushTargets = urls; }

    // Starts and waits until the ports accept connections. Picks fresh ports on a bind clash.
    bool start(int timeoutMs = 10000);
    // Graceful SIGQUIT (finishes recordings), then SIGKILL for anything left after timeoutMs.
    bool stop(int timeoutMs = 5000);
    // SIGKILL master and workers at once: a crashed server.
    void kill();
    // SIGSTOP / SIGCONT master and workers: a peer that goes silent without closing (dead link).
    void freeze();
    void thaw();
    // Stops and starts again on the same ports.
    bool restart(int timeoutMs = 10000);
    bool isRunning() const;

    quint16 rtmpPort() const { return m_rtmpPort; }
    quint16 httpPort() const { return m_httpPort; }
    // rtmp://127.0.0.1:PORT/live, the ingest URL without a key.
    QString ingestUrl() const;
    QString prefix() const { return m_dir.path(); }
    QString lastError() const { return m_lastError; }

    // Recorded FLV files, oldest first.
    QStringList recordings() const;
    QString errorLog() const;
    // Lines of the http access log for /on_publish requests (one per publish attempt).
    QStringList onPublishRequests() const;

private:
    bool writeConfig();
    bool launch(int timeoutMs);
    void killAll();

    QTemporaryDir m_dir;
    QProcess m_process;
    PublishAuth m_auth;
    QString m_acceptedKey;
    QStringList m_pushTargets;
    quint16 m_rtmpPort = 0;
    quint16 m_httpPort = 0;
    qint64 m_masterPid = 0;
    QList<qint64> m_workerPids;
    QString m_lastError;
};

} // namespace vida3::testsupport
