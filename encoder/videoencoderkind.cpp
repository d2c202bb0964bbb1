// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/videoencoderkind.h"

namespace vida3::encoder {

namespace {
struct KindInfo
{
    VideoEncoderKind kind;
    const char *name;
    const char *libav;
    const char *label;
};

constexpr KindInfo kKinds[] = {
    {VideoEncoderKind::Auto, "auto", nullptr, "Automatic"},
    {VideoEncoderKind::X264, "x264", "libx264", "x264 (CPU)"},
    {VideoEncoderKind::Vaapi, "vaapi", "h264_vaapi", "VAAPI (Intel/AMD)"},
    {VideoEncoderKind::Nvenc, "nvenc", "h264_nvenc", "NVIDIA NVENC"},
    {VideoEncoderKind::Qsv, "qsv", "h264_qsv", "Intel Quick Sync"},
    {VideoEncoderKind::VideoToolbox, "videotoolbox", "h264_videotoolbox", "Apple VideoToolbox"},
    {VideoEncoderKind::Amf, "amf", "h264_amf", "AMD AMF"},
};

const KindInfo &info(VideoEncoderKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}
}  // namespace

QString encoderKindName(VideoEncoderKind kind)
{
    return QString::fromLatin1(info(kind).name);
}

std::optional<VideoEncoderKind> encoderKindFromName(const QString &name)
{
    for (const KindInfo &k : kKinds) {
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QStringList encoderKindNames()
{
    QStringList names{encoderKindName(VideoEncoderKind::Auto), encoderKindName(VideoEncoderKind::X264)};
    for (VideoEncoderKind kind : hardwareKinds())
        names.append(encoderKindName(kind));
    return names;
}

QString encoderKindLabel(VideoEncoderKind kind)
{
    return QString::fromLatin1(info(kind).label);
}

QList<VideoEncoderKind> hardwareKinds()
{
#if defined(Q_OS_MACOS)
    return {VideoEncoderKind::VideoToolbox};
#elif defined(Q_OS_WIN)
    return {VideoEncoderKind::Nvenc, VideoEncoderKind::Qsv, VideoEncoderKind::Amf};
#else
    // NVENC first: where an NVIDIA card drives the display it is the one meant for encoding.
    return {VideoEncoderKind::Nvenc, VideoEncoderKind::Vaapi, VideoEncoderKind::Qsv};
#endif
}

const char *libavEncoderName(VideoEncoderKind kind)
{
    return info(kind).libav;
}

AVPixelFormat softwarePixelFormat(VideoEncoderKind kind)
{
    return kind == VideoEncoderKind::X264 ? AV_PIX_FMT_YUV420P : AV_PIX_FMT_NV12;
}

bool supportsLiveBitrate(VideoEncoderKind kind)
{
    // libx264's wrapper reconfigures x264 between frames; the hardware wrappers in FFmpeg 5.1
    // read the rate once when they open.
    return kind == VideoEncoderKind::X264;
}

}  // namespace vida3::encoder
