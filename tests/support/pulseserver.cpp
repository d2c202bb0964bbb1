// SPDX-License-Identifier: GPL-2.0-or-later
#include "pulseserver.h"

#include "processtools.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cmath>
#include <numbers>
#include <vector>

namespace vida3::testsupport {

PulseServer::PulseServer() = default;

PulseServer::~PulseServer()
{
    stopProcess(m_player, 1000);
    stopProcess(m_daemon, 3000);
}

QString PulseServer::unavailableReason()
{
    for (const char *tool : {"pulseaudio", "pacat", "pactl"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is not installed (packages pulseaudio, pulseaudio-utils)").arg(QString::fromLatin1(tool));
    }
    return {};
}

QString PulseServer::address() const
{
    return QStringLiteral("unix:%1/native").arg(m_dir.path());
}

bool PulseServer::start(int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_lastError = QStringLiteral("no temporary directory");
        return false;
    }
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_daemon.setProcessEnvironment(env);
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_dir.filePath(QStringLiteral("pulseaudio.log")));
    killWithParent(m_daemon);
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    m_daemon.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                    QStringLiteral("--disallow-exit"), QStringLiteral("--use-pid-file=no"),
                    QStringLiteral("--disable-shm=yes"),
                    QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=%1").arg(socket),
                    QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=ci_sink rate=48000"),
                    QStringLiteral("-L"), QStringLiteral("module-remap-source source_name=ci_mic master=ci_sink.monitor"),
                    QStringLiteral("-L"), QStringLiteral("module-always-sink")});
    if (!m_daemon.waitForStarted(timeoutMs)) {
        m_lastError = QStringLiteral("pulseaudio did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const ToolResult info = runTool(QStringLiteral("pactl"), {QStringLiteral("--server"), address(), QStringLiteral("info")}, 3000);
        if (info.exitCode == 0)
            return true;
        if (m_daemon.state() != QProcess::Running)
            break;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("pulseaudio.log")));
    log.open(QIODevice::ReadOnly);
    m_lastError = QStringLiteral("pulseaudio did not answer: %1").arg(QString::fromUtf8(log.readAll().right(1500)));
    return false;
}

bool PulseServer::unplugMic()
{
    const ToolResult list = runTool(QStringLiteral("pactl"), {QStringLiteral("--server"), address(), QStringLiteral("list"),
                                                              QStringLiteral("short"), QStringLiteral("modules")}, 5000);
    for (const QByteArray &line : list.stdOut.split('\n')) {
        if (!line.contains("module-remap-source") || !line.contains("ci_mic"))
            continue;
        const QString index = QString::fromUtf8(line.split('\t').value(0));
        return runTool(QStringLiteral("pactl"), {QStringLiteral("--server"), address(), QStringLiteral("unload-module"), index},
                       5000).exitCode == 0;
    }
    m_lastError = QStringLiteral("ci_mic's module is not loaded");
    return false;
}

bool PulseServer::plugMic()
{
    return runTool(QStringLiteral("pactl"), {QStringLiteral("--server"), address(), QStringLiteral("load-module"),
                                             QStringLiteral("module-remap-source"), QStringLiteral("source_name=ci_mic"),
                                             QStringLiteral("master=ci_sink.monitor")},
                   5000).exitCode == 0;
}

bool PulseServer::restart(int downMs, int timeoutMs)
{
    stopProcess(m_player, 1000);
    m_daemon.kill();
    m_daemon.waitForFinished(5000);
    QFile::remove(m_dir.filePath(QStringLiteral("native")));
    QThread::msleep(static_cast<unsigned long>(downMs));
    if (!start(timeoutMs))
        return false;
    return m_playing.isEmpty() || play(m_playing);
}

bool PulseServer::play(const QString &rawFile)
{
    m_playing = rawFile;
    m_player.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    killWithParent(m_player);
    m_player.start(QStringLiteral("pacat"), {QStringLiteral("--server"), address(), QStringLiteral("--playback"),
                                             QStringLiteral("--device=ci_sink"), QStringLiteral("--format=float32le"),
                                             QStringLiteral("--rate=48000"), QStringLiteral("--channels=2"), rawFile});
    return m_player.waitForStarted(5000);
}

bool PulseServer::writeSine(const QString &path, double frequency, double peakDbfs, double seconds)
{
    const double amplitude = std::pow(10.0, peakDbfs / 20.0);
    const int frames = static_cast<int>(seconds * 48000);
    std::vector<float> pcm(static_cast<size_t>(frames) * 2);
    for (int i = 0; i < frames; ++i) {
        const auto v = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * frequency * i / 48000));
        pcm[2 * static_cast<size_t>(i)] = pcm[2 * static_cast<size_t>(i) + 1] = v;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(reinterpret_cast<const char *>(pcm.data()), static_cast<qint64>(pcm.size() * sizeof(float))) ==
               static_cast<qint64>(pcm.size() * sizeof(float));
}

}  // namespace vida3::testsupport
