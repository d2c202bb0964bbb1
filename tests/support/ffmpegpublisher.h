// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace vida3::testsupport {

// A known-good publisher made with the ffmpeg CLI, to prove the server fixtures and the ffprobe judge
// without the studio: testsrc2 1280x720@30 plus a 1 kHz sine, libx264 veryfast CBR with filler
// (keyframe every keyintFrames, no scene-cut keyframes), AAC 44.1 kHz stereo, FLV at real time (-re).
class FfmpegPublisher
{
public:
    FfmpegPublisher();
    ~FfmpegPublisher();
    FfmpegPublisher(const FfmpegPublisher &) = delete;
    FfmpegPublisher &operator=(const FfmpegPublisher &) = delete;

    // extraOutputOptions go right before the URL (e.g. -tls_verify 1 -ca_file CA for rtmps).
    bool start(const QString &url, double seconds, int videoKbps = 4000, int keyintFrames = 90,
               const QStringList &extraOutputOptions = {});
    bool waitForExit(int timeoutMs);
    void kill();
    int exitCode() const;
    QString output();

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace vida3::testsupport
