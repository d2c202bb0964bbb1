// SPDX-License-Identifier: GPL-2.0-or-later
#include "studioprocess.h"

#include "processtools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>

namespace vida3::testsupport {

StudioProcess::StudioProcess(const QString &binary)
    : m_binary(binary)
    , m_env(QProcessEnvironment::systemEnvironment())
{
    killWithParent(m_process);
    const QString home = m_home.path();
    for (const char *dir : {"config", "data", "cache", "runtime"})
        QDir(home).mkpath(QString::fromLatin1(dir));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A session bus or keyring of the developer must not leak into a headless run.
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

StudioProcess::~StudioProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString StudioProcess::unavailableReason(const QString &binary)
{
    if (!QFileInfo(binary).isExecutable())
        return QStringLiteral("studio binary not built: %1").arg(binary);
    return {};
}

void StudioProcess::setEnv(const QString &name, const QString &value)
{
    m_env.insert(name, value);
}

void StudioProcess::unsetEnv(const QString &name)
{
    m_env.remove(name);
}

QString StudioProcess::configDir() const
{
    return m_home.path() + QStringLiteral("/config");
}

bool StudioProcess::start(const QStringList &args)
{
    m_process.setProcessEnvironment(m_env);
    m_process.setWorkingDirectory(m_work.path());
    m_process.start(m_binary, args);
    m_clock.start();
    if (!m_process.waitForStarted(5000))
        return false;
    m_pid = m_process.processId();
    m_exitedAfterMs = -1;
    return true;
}

bool StudioProcess::waitForExit(int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    // Short slices so the test's own event loop (QTRY_*, timers) keeps running meanwhile.
    while (m_process.state() != QProcess::NotRunning) {
        if (waited.elapsed() >= timeoutMs)
            return false;
        if (m_process.waitForFinished(50))
            break;
        drain();
        QTest::qWait(0);
    }
    if (m_exitedAfterMs < 0)
        m_exitedAfterMs = m_clock.elapsed();
    drain();
    return true;
}

bool StudioProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool StudioProcess::exitedNormally() const
{
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit;
}

int StudioProcess::exitCode() const
{
    return exitedNormally() ? m_process.exitCode() : -1;
}

void StudioProcess::drain()
{
    m_stdOut += m_process.readAllStandardOutput();
    m_stdErr += m_process.readAllStandardError();
}

QByteArray StudioProcess::stdOut()
{
    drain();
    return m_stdOut;
}

QByteArray StudioProcess::stdErr()
{
    drain();
    return m_stdErr;
}

QString StudioProcess::output()
{
    drain();
    return QString::fromUtf8(m_stdOut + m_stdErr);
}

bool StudioProcess::sendSignal(int signal)
{
    return isRunning() && vida3::testsupport::sendSignal(m_pid, signal);
}

QByteArrayList StudioProcess::cmdline() const
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(m_pid));
    if (m_pid <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray raw = file.readAll();
    if (raw.endsWith('\0'))
        raw.chop(1);
    return raw.split('\0');
}

} // namespace vida3::testsupport
