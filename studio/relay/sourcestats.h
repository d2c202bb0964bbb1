// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace vida3::studio::relay {

// One browser source as the window's list and the --stats lines show it.
struct SourceStats
{
    QString name;
    bool connected = false;
    QString codec;       // negotiated video codec ("h264", "jpeg", ...); empty before the first hello
    QString audioCodec;  // empty without audio
    int width = 0;
    int height = 0;
    double fps = 0;       // decoded frames per second over the last interval
    double kbps = 0;      // received bits per second over the last interval, / 1000
    int64_t lastSeenMs = -1;  // ms since the last message; -1 never seen
    int64_t dropped = 0;      // frames decoded but replaced before the render thread took them
    int64_t received = 0;     // media messages received
    int64_t decodeErrors = 0;
    int latencyMs = 0;        // receive-to-render p50
    int captureLatencyMs = -1;  // the sender's capture to render p50; -1 while its clock is unknown
};

}  // namespace vida3::studio::relay
