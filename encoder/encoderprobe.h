// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encodersettings.h"
#include "encoder/videoencoderkind.h"

#include <QList>
#include <QString>

namespace vida3::encoder {

// What a real test encode found: a driver that loads but cannot encode is "not working" too.
struct EncoderProbe
{
    VideoEncoderKind kind = VideoEncoderKind::X264;
    bool works = false;
    QString detail;  // why not, or what it produced
    int ms = 0;      // how long the probe took
};

// Opens the encoder at the given size, rate and bitrate and encodes one frame to a packet.
EncoderProbe probeEncoder(VideoEncoderKind kind, const VideoSettings &settings);

// x264 and every hardware encoder of this platform (hardwareKinds()), probed.
QList<EncoderProbe> probeAllEncoders(const VideoSettings &settings);

struct EncoderChoice
{
    VideoEncoderKind kind = VideoEncoderKind::X264;  // concrete, never Auto
    QString reason;                                  // one line for the log and the window
    bool fellBack = false;                           // the requested encoder did not work
};

// settings.encoderKind as the user asked: x264 as is; a hardware encoder if its probe works,
// else x264; Auto the first hardware encoder that works (it spares the CPU), else x264.
EncoderChoice chooseVideoEncoder(const VideoSettings &settings);

}  // namespace vida3::encoder
