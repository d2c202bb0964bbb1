// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/encodersettings.h"

#include "encoder/x264speed.h"

#include <cmath>

namespace vida3::encoder {

int VideoSettings::keyintFrames() const
{
    return std::max(1, static_cast<int>(std::lround(keyintSec * fps)));
}

static Error invalid(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}

Status validate(const VideoSettings &video)
{
    if (video.width < 16 || video.width > 3840 || video.width % 2)
        return invalid(QStringLiteral("video width must be an even number from 16 to 3840"));
    if (video.height < 16 || video.height > 2160 || video.height % 2)
        return invalid(QStringLiteral("video height must be an even number from 16 to 2160"));
    if (video.fps < 1 || video.fps > 120)
        return invalid(QStringLiteral("frame rate must be from 1 to 120 fps"));
    if (video.bitrateKbps < 100 || video.bitrateKbps > 100000)
        return invalid(QStringLiteral("video bitrate must be from 100 to 100000 kbps"));
    if (!(video.keyintSec >= 0.5 && video.keyintSec <= 20.0))
        return invalid(QStringLiteral("keyframe interval must be from 0.5 to 20 seconds"));
    if (!x264Presets().contains(video.x264Preset) && video.x264Preset != QLatin1StringView(kAutoX264Preset))
        return invalid(QStringLiteral("unknown x264 preset \"%1\" (auto, %2)")
                           .arg(video.x264Preset, x264Presets().join(QStringLiteral(", "))));
    return Status::ok();
}

Status validate(const AudioSettings &audio)
{
    if (audio.sampleRate != 44100 && audio.sampleRate != 48000)
        return invalid(QStringLiteral("audio sample rate must be 44100 or 48000 Hz"));
    if (audio.channels != 1 && audio.channels != 2)
        return invalid(QStringLiteral("audio must have 1 or 2 channels"));
    if (audio.bitrateKbps < 32 || audio.bitrateKbps > 320)
        return invalid(QStringLiteral("audio bitrate must be from 32 to 320 kbps"));
    return Status::ok();
}

const QStringList &x264Presets()
{
    static const QStringList presets{QStringLiteral("ultrafast"), QStringLiteral("superfast"),
                                     QStringLiteral("veryfast"),  QStringLiteral("faster"),
                                     QStringLiteral("fast"),      QStringLiteral("medium"),
                                     QStringLiteral("slow"),      QStringLiteral("slower")};
    return presets;
}

const char *profileName(H264Profile profile)
{
    switch (profile) {
    case H264Profile::High: return "high";
    case H264Profile::Main: return "main";
    case H264Profile::Baseline: return "baseline";
    }
    return "high";
}

QList<CodecOption> x264Options(const VideoSettings &video)
{
    return {
        {"preset", resolveX264Speed(video).x264Preset.toUtf8()},  // never "auto" to x264
        {"profile", profileName(video.profile)},
        // Keyframes only on the fixed interval: platforms check the cadence.
        {"x264-params", video.repeatHeaders ? QByteArrayLiteral("scenecut=0:filler=1:repeat-headers=1")
                                            : QByteArrayLiteral("scenecut=0:filler=1")},
        {"forced-idr", "1"},
    };
}

}  // namespace vida3::encoder
