// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace vida3::testsupport {

struct ToolResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
};

// Runs a helper program (openssl, ffprobe, ffmpeg, nginx -t) to completion, killing it after timeoutMs.
ToolResult runTool(const QString &program, const QStringList &args, int timeoutMs);

// The child gets SIGKILL when the test process dies, even on a crash or a CTest timeout, so servers
// never outlive the test that started them (Linux PR_SET_PDEATHSIG; grandchildren are not covered).
void killWithParent(QProcess &process);

// SIGTERM, then SIGKILL if the process has not ended after graceMs; returns when it has ended.
void stopProcess(QProcess &process, int graceMs = 3000);

// Direct children of pid, read from /proc (nginx workers survive a SIGKILLed master otherwise).
QList<qint64> childPids(qint64 pid);

// True while /proc/pid exists and is not a zombie.
bool processAlive(qint64 pid);

bool sendSignal(qint64 pid, int signal);

// Polls predicate every pollMs until it holds or timeoutMs passes, without an event loop.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs, int pollMs = 50);

} // namespace vida3::testsupport
