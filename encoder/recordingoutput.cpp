// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/recordingoutput.h"

#include "encoder/averror.h"

#include <limits>

namespace vida3::encoder {

namespace {
// A file is not a network: a disk that stalls for a moment catches up, so no frame is given up
// by the buffered-time policy; only a full queue (seconds of stall) drops.
constexpr DropPolicy kNeverDropByPolicy{std::numeric_limits<int>::max(), std::numeric_limits<int>::max()};
}  // namespace

RecordingOutput::RecordingOutput(QString name, QString path, int queueCapacity)
    : MuxingOutput(std::move(name), queueCapacity, kNeverDropByPolicy), m_path(std::move(path))
{
}

bool RecordingOutput::supportsPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".mkv"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".mp4"), Qt::CaseInsensitive);
}

bool RecordingOutput::isMp4() const
{
    return m_path.endsWith(QStringLiteral(".mp4"), Qt::CaseInsensitive);
}

Expected<AvFormatOutputPtr> RecordingOutput::openContainer(const AVIOInterruptCB &interrupt, int)
{
    if (!supportsPath(m_path))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1: recordings are .mkv or .mp4").arg(m_path)};
    AVFormatContext *raw = nullptr;
    const char *format = isMp4() ? "mp4" : "matroska";
    if (avformat_alloc_output_context2(&raw, nullptr, format, nullptr) < 0 || !raw)
        return Error{ErrorCode::Unsupported, QStringLiteral("this FFmpeg build cannot write %1")
                                                 .arg(QString::fromLatin1(format))};
    AvFormatOutputPtr context(raw);
    context->flags |= AVFMT_FLAG_FLUSH_PACKETS;
    const QByteArray path = m_path.toUtf8();
    if (int err = avio_open2(&context->pb, path.constData(), AVIO_FLAG_WRITE, &interrupt, nullptr); err < 0)
        return Error{ErrorCode::FileIo,
                     QStringLiteral("cannot create the recording %1: %2").arg(m_path, avErrorText(err))};
    return context;
}

void RecordingOutput::muxerOptions(AvDictionary &options) const
{
    if (isMp4()) {
        options.set("movflags", "frag_keyframe+empty_moov+default_base_moof");
        options.set("frag_duration", 1000000LL);
    } else {
        options.set("cluster_time_limit", 1000LL);
    }
}

Error RecordingOutput::writeError(int averror) const
{
    return {ErrorCode::WriteFailed, QStringLiteral("cannot write the recording %1: %2").arg(m_path, avErrorText(averror))};
}

}  // namespace vida3::encoder
