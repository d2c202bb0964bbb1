// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encodersettings.h"

#include <QString>

namespace vida3::encoder {

// The default x264 speed: "auto" picks one for the output's size and rate on this machine.
inline constexpr char kAutoX264Preset[] = "auto";

struct X264Speed
{
    QString preset;  // a real x264 preset name
    QString reason;  // one line for the log and the window
};

// The slowest (best-looking) of veryfast, superfast and ultrafast whose cost fits in half of
// this machine's logical CPUs (QThread::idealThreadCount(), hardware threads included), from
// the studio's whole cost per pixel (render, convert, encode, mux, audio) measured with
// tests/bench/x264-presets.sh on the 2-core reference machine, streaming and recording. There
// every choice holds with room to spare: veryfast at 1280x720@30 (0 frames lost, 33 % of the
// machine), superfast at 1920x1080@30 (0 lost, 35 %; veryfast held too but took 57 %),
// ultrafast at 1920x1080@60 (0 lost, 39 %; superfast 69 %, veryfast skipped frames). The other
// half is for the creator's game, browser and desktop. The reference machine's per-core speed
// is assumed. Never slower than veryfast, OBS's default; when nothing fits, ultrafast with a
// warning.
X264Speed chooseX264Speed(int width, int height, int fps, int cores);

// video with an "auto" x264 preset replaced by chooseX264Speed() for this machine's cores
// (QThread::idealThreadCount()); *reason (if given) says which and why, or stays empty when the
// preset was set by the user.
VideoSettings resolveX264Speed(VideoSettings video, QString *reason = nullptr);

}  // namespace vida3::encoder
