// SPDX-License-Identifier: GPL-2.0-or-later
#include "ffmpegpublisher.h"

#include "processtools.h"

namespace vida3::testsupport {

FfmpegPublisher::FfmpegPublisher()
{
    killWithParent(m_process);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

FfmpegPublisher::~FfmpegPublisher()
{
    kill();
}

bool FfmpegPublisher::start(const QString &url, double seconds, int videoKbps, int keyintFrames,
                            const QStringList &extraOutputOptions)
{
    const QString rate = QStringLiteral("%1k").arg(videoKbps);
    QStringList args{QStringLiteral("-nostdin"), QStringLiteral("-hide_banner"), QStringLiteral("-v"),
                     QStringLiteral("error"), QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                     QStringLiteral("-i"), QStringLiteral("testsrc2=size=1280x720:rate=30"), QStringLiteral("-f"),
                     QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("sine=frequency=1000:sample_rate=44100"), QStringLiteral("-t"),
                     QString::number(seconds), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                     QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-pix_fmt"),
                     QStringLiteral("yuv420p"), QStringLiteral("-b:v"), rate, QStringLiteral("-maxrate"), rate,
                     QStringLiteral("-bufsize"), rate, QStringLiteral("-x264-params"),
                     QStringLiteral("filler=1:scenecut=0"), QStringLiteral("-g"), QString::number(keyintFrames),
                     QStringLiteral("-keyint_min"), QString::number(keyintFrames), QStringLiteral("-c:a"),
                     QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("128k"), QStringLiteral("-ar"),
                     QStringLiteral("44100"), QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-f"),
                     QStringLiteral("flv")};
    args += extraOutputOptions;
    args.append(url);
    m_process.start(QStringLiteral("ffmpeg"), args);
    return m_process.waitForStarted(5000);
}

bool FfmpegPublisher::waitForExit(int timeoutMs)
{
    const bool done = m_process.waitForFinished(timeoutMs);
    m_output += m_process.readAll();
    return done;
}

void FfmpegPublisher::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

int FfmpegPublisher::exitCode() const
{
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString FfmpegPublisher::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

} // namespace vida3::testsupport
