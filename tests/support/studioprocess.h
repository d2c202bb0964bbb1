// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace vida3::testsupport {

// Runs the studio binary as a user would from a shell, in a private HOME (XDG_CONFIG_HOME,
// XDG_DATA_HOME, XDG_CACHE_HOME and a 0700 XDG_RUNTIME_DIR inside it) so a test can see every file
// it writes and never touches the real user's settings. Output is captured whole; the process is
// SIGKILLed on destruction and when the test process dies.
class StudioProcess
{
public:
    explicit StudioProcess(const QString &binary);
    ~StudioProcess();
    StudioProcess(const StudioProcess &) = delete;
    StudioProcess &operator=(const StudioProcess &) = delete;

    // Empty when the binary exists and is executable.
    static QString unavailableReason(const QString &binary);

    void setEnv(const QString &name, const QString &value);
    void unsetEnv(const QString &name);

    bool start(const QStringList &args);
    // Waits (pumping events, so output keeps flowing) until the process ends; false on timeout.
    bool waitForExit(int timeoutMs);
    bool isRunning() const;
    qint64 pid() const { return m_pid; }
    // Milliseconds since start() at which the process was seen to end (-1 while running).
    qint64 exitedAfterMs() const { return m_exitedAfterMs; }

    // True when it ended by itself through exit(); false for a signal or a crash.
    bool exitedNormally() const;
    int exitCode() const;

    QByteArray stdOut();
    QByteArray stdErr();
    // stdout and stderr together, for assertion messages and message checks.
    QString output();

    bool sendSignal(int signal);
    // argv of the running process from /proc/PID/cmdline.
    QByteArrayList cmdline() const;

    QString homeDir() const { return m_home.path(); }
    QString configDir() const;
    // Scratch directory for files the test hands to the studio (scenes, recordings, stats).
    QString workDir() const { return m_work.path(); }
    QString workFile(const QString &name) const { return m_work.filePath(name); }

private:
    void drain();

    QString m_binary;
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QProcess m_process;
    QProcessEnvironment m_env;
    QElapsedTimer m_clock;
    QByteArray m_stdOut;
    QByteArray m_stdErr;
    qint64 m_pid = 0;
    qint64 m_exitedAfterMs = -1;
};

} // namespace vida3::testsupport
