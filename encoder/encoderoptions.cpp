// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/encoderoptions.h"

namespace vida3::encoder {

QList<CodecOption> encoderOptions(VideoEncoderKind kind, const VideoSettings &video)
{
    const QByteArray profile = profileName(video.profile);
    // VAAPI and AMF name the only baseline they produce for what it is.
    const QByteArray constrained = video.profile == H264Profile::Baseline ? QByteArrayLiteral("constrained_baseline")
                                                                          : profile;
    switch (kind) {
    case VideoEncoderKind::Auto:
    case VideoEncoderKind::X264:
        return x264Options(video);
    case VideoEncoderKind::Nvenc:
        // p4 is NVIDIA's balanced preset; "ll" tuning keeps latency low for live use.
        return {{"preset", "p4"}, {"tune", "ll"}, {"rc", "cbr"}, {"cbr", "1"}, {"profile", profile},
                {"forced-idr", "1"}, {"no-scenecut", "1"}, {"zerolatency", "1"}};
    case VideoEncoderKind::Vaapi:
        return {{"rc_mode", "CBR"}, {"profile", constrained}, {"idr_interval", "0"}};
    case VideoEncoderKind::Qsv:
        return {{"preset", "veryfast"}, {"profile", profile}, {"forced_idr", "1"}, {"look_ahead", "0"}};
    case VideoEncoderKind::VideoToolbox:
        return {{"realtime", "1"}, {"allow_sw", "0"}, {"profile", profile}, {"prio_speed", "1"}};
    case VideoEncoderKind::Amf:
        return {{"usage", "lowlatency"}, {"rc", "cbr"}, {"quality", "speed"}, {"profile", constrained},
                {"enforce_hrd", "1"}};
    }
    return {};
}

}  // namespace vida3::encoder
