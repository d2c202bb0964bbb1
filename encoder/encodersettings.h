// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "encoder/videoencoderkind.h"

#include <QList>
#include <QString>

namespace vida3::encoder {

enum class H264Profile { High, Main, Baseline };

struct VideoSettings
{
    int width = 1280;
    int height = 720;
    int fps = 30;
    int bitrateKbps = 4000;
    double keyintSec = 3.0;
    // "auto" (x264speed.h): chosen for the output's size and rate and this machine's cores.
    QString x264Preset = QStringLiteral("auto");
    H264Profile profile = H264Profile::High;
    // Which encoder; Auto is resolved by chooseVideoEncoder() before VideoEncoder::open().
    VideoEncoderKind encoderKind = VideoEncoderKind::X264;
    QString vaapiDevice;  // DRM render node; empty: /dev/dri/renderD128
    bool noBFrames = false;  // decode order = display order (a replacement encoder's first frames)
    // SPS/PPS in front of every keyframe as well as in the container header: a replacement
    // encoder's parameter sets differ from those the outputs' headers carry (x264 only).
    bool repeatHeaders = false;
    // Test hook: when > 0, encoding frame pts >= this fails as a broken driver would.
    int64_t failAtFrameForTest = 0;

    int keyintFrames() const;
};

struct AudioSettings
{
    int sampleRate = 44100;
    int channels = 2;
    int bitrateKbps = 128;
};

// Checks ranges the encoders can honour; the detail names the setting.
Status validate(const VideoSettings &video);
Status validate(const AudioSettings &audio);

// The libx264 options the studio sets, as name/value pairs for avcodec_open2's dictionary.
// Constant bitrate the OBS way (ABR + VBV max rate = buffer = bitrate, filler data) but
// without nal-hrd, which would make x264 refuse the live bitrate changes adaptive bitrate needs.
struct CodecOption
{
    QByteArray name;
    QByteArray value;
};
QList<CodecOption> x264Options(const VideoSettings &video);

const char *profileName(H264Profile profile);

// x264's speed presets, fastest first: each step costs more CPU for a better picture at the same
// bitrate. The default, "auto" (not in this list), picks veryfast, superfast or ultrafast for
// the output and the machine (x264speed.h).
const QStringList &x264Presets();

}  // namespace vida3::encoder
