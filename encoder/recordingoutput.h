// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/muxingoutput.h"

namespace vida3::encoder {

// A local recording in a container that survives a crash: Matroska (.mkv) with a cluster every
// second, or fragmented MP4 (.mp4) with a fragment every second; data is flushed per packet,
// so a process killed with SIGKILL leaves a file that plays up to its last second.
class RecordingOutput final : public MuxingOutput
{
public:
    RecordingOutput(QString name, QString path, int queueCapacity = 2400);

    QString target() const override { return m_path; }
    // Whether the path's extension names a container this output writes.
    static bool supportsPath(const QString &path);

protected:
    Expected<AvFormatOutputPtr> openContainer(const AVIOInterruptCB &interrupt, int index) override;
    QString targetName(int) const override { return m_path; }
    void muxerOptions(AvDictionary &options) const override;
    Error writeError(int averror) const override;

private:
    bool isMp4() const;
    QString m_path;
};

}  // namespace vida3::encoder
