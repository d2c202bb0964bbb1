// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/x264speed.h"

#include <QThread>

#include <algorithm>
#include <array>

namespace vida3::encoder {

namespace {
struct Cost
{
    const char *preset;
    double cpuSecondsPerGigapixel;  // the studio's whole CPU per 10^9 output pixels
};

// SIZE=1920x1080 FPS=30 tests/bench/x264-presets.sh on the 2-core reference machine, the
// studio streaming and recording at 6000 kbps: median CPU-s per second / 0.0622 Gpx per second
// (medians of 3 runs: veryfast 1.133, superfast 0.707, ultrafast 0.483 CPU-s/s). At 1080p60
// the measured costs are lower than this predicts (1.85, 1.38, 0.79): the rule errs on the safe side.
constexpr std::array<Cost, 3> kCosts{{
    {"veryfast", 18.2},
    {"superfast", 11.4},
    {"ultrafast", 7.8},
}};
constexpr double kShareOfCores = 0.5;
}  // namespace

X264Speed chooseX264Speed(int width, int height, int fps, int cores)
{
    const double gigapixelsPerSecond = static_cast<double>(width) * height * fps / 1e9;
    const int n = cores > 0 ? cores : 1;
    const double budget = kShareOfCores * n;
    // The first that fits, else the fastest.
    const auto fits = std::find_if(kCosts.begin(), kCosts.end(), [&](const Cost &cost) {
        return cost.cpuSecondsPerGigapixel * gigapixelsPerSecond <= budget;
    });
    const Cost &chosen = fits != kCosts.end() ? *fits : kCosts.back();
    const QString preset = QString::fromLatin1(chosen.preset);
    const QString what = QStringLiteral("x264 %1 for %2x%3 at %4 fps").arg(preset).arg(width).arg(height).arg(fps);
    const QString needs = QStringLiteral("about %1 of %2 CPU cores")
                              .arg(chosen.cpuSecondsPerGigapixel * gigapixelsPerSecond, 0, 'f', 1)
                              .arg(n);
    if (fits != kCosts.end())
        return {preset, QStringLiteral("%1: %2 here").arg(what, needs)};
    return {preset, QStringLiteral("%1, and even that needs %2: frames may be skipped; a lower resolution or frame "
                                   "rate, or a hardware encoder, would hold")
                        .arg(what, needs)};
}

VideoSettings resolveX264Speed(VideoSettings video, QString *reason)
{
    if (video.x264Preset != QLatin1StringView(kAutoX264Preset))
        return video;
    X264Speed speed = chooseX264Speed(video.width, video.height, video.fps, QThread::idealThreadCount());
    video.x264Preset = speed.preset;
    if (reason)
        *reason = std::move(speed.reason);
    return video;
}

}  // namespace vida3::encoder
