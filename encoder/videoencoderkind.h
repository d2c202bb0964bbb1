// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

extern "C" {
#include <libavutil/pixfmt.h>
}

#include <optional>

namespace vida3::encoder {

// The H.264 encoders the studio drives through libavcodec. Hardware ones are only as good as the
// machine's driver: each is probed with a real encode before it is used (encoderprobe.h).
enum class VideoEncoderKind { Auto, X264, Vaapi, Nvenc, Qsv, VideoToolbox, Amf };

// "auto", "x264", "vaapi", "nvenc", "qsv", "videotoolbox", "amf".
QString encoderKindName(VideoEncoderKind kind);
std::optional<VideoEncoderKind> encoderKindFromName(const QString &name);
// The names --encoder accepts on this platform, auto first.
QStringList encoderKindNames();
// What a user reads: "x264 (CPU)", "NVIDIA NVENC", "VAAPI (Intel/AMD)".
QString encoderKindLabel(VideoEncoderKind kind);

// The hardware encoders worth probing on this platform, in the order auto prefers them.
QList<VideoEncoderKind> hardwareKinds();

// libavcodec's encoder for kind (nullptr for Auto).
const char *libavEncoderName(VideoEncoderKind kind);
// The picture format the encoder is fed in system memory (VAAPI uploads it to the GPU).
AVPixelFormat softwarePixelFormat(VideoEncoderKind kind);
// Whether the encoder applies a bitrate change while it runs (adaptive bitrate needs it).
bool supportsLiveBitrate(VideoEncoderKind kind);

}  // namespace vida3::encoder
