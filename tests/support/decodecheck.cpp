// SPDX-License-Identifier: GPL-2.0-or-later
#include "decodecheck.h"

#include "processtools.h"

namespace vida3::testsupport {

DecodeCheck DecodeCheck::run(const QString &path, int timeoutMs)
{
    DecodeCheck check;
    // -progress prints key=value blocks; the last frame= and out_time_us= describe the whole decode.
    const ToolResult r = runTool(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                                  QStringLiteral("-i"), path, QStringLiteral("-f"), QStringLiteral("null"),
                                  QStringLiteral("-progress"), QStringLiteral("pipe:1"), QStringLiteral("-")},
                                 timeoutMs);
    check.m_exitCode = r.exitCode;
    check.m_errors = QString::fromUtf8(r.stdErr).trimmed();
    const QList<QByteArray> lines = r.stdOut.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("frame="))
            check.m_videoFrames = line.mid(6).trimmed().toInt();
        else if (line.startsWith("out_time_us="))
            check.m_decodedSeconds = line.mid(12).trimmed().toLongLong() / 1e6;
    }
    return check;
}

QString DecodeCheck::summary() const
{
    return QStringLiteral("ffmpeg decode exit %1, %2 video frames, %3 s; errors: %4")
        .arg(m_exitCode)
        .arg(m_videoFrames)
        .arg(m_decodedSeconds, 0, 'f', 2)
        .arg(m_errors.left(2000));
}

} // namespace vida3::testsupport
