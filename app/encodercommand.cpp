// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/encodercommand.h"

#include "encoder/avlogbridge.h"
#include "encoder/encoderprobe.h"
#include "encoder/secretredactor.h"
#include "studio/logging/loghandler.h"

#include <cstdio>

namespace vida3::app {

int runEncoderList(const StudioOptions &options)
{
    // libav's own error lines are folded into each probe's line; its log would only repeat them.
    SecretRedactor redactor;
    studio::LogHandler log(redactor, options.logFormat, QtCriticalMsg);
    encoder::AvLogBridge libavLog(redactor);
    encoder::VideoSettings video;
    if (options.width) {
        video.width = *options.width;
        video.height = *options.height;
    }
    if (options.fps)
        video.fps = *options.fps;
    if (options.videoBitrateKbps)
        video.bitrateKbps = *options.videoBitrateKbps;
    if (!options.x264Preset.isEmpty())
        video.x264Preset = options.x264Preset;
    video.vaapiDevice = options.vaapiDevice;
    std::printf("Video encoders (a test encode at %dx%d, %d fps, %d kbps):\n", video.width, video.height, video.fps,
                video.bitrateKbps);
    std::fflush(stdout);
    for (const encoder::EncoderProbe &probe : encoder::probeAllEncoders(video)) {
        std::printf("  %-13s %-20s %-9s %s (%d ms)\n", qUtf8Printable(encoder::encoderKindName(probe.kind)),
                    qUtf8Printable(encoder::encoderKindLabel(probe.kind)), probe.works ? "works" : "no",
                    qUtf8Printable(probe.detail), probe.ms);
        std::fflush(stdout);
    }
    video.encoderKind = encoder::VideoEncoderKind::Auto;
    std::printf("--encoder auto: %s\n", qUtf8Printable(encoder::chooseVideoEncoder(video).reason));
    return 0;
}

}  // namespace vida3::app
