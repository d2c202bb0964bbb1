// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/channelkind.h"
#include "studio/audio/filtersettings.h"

#include <QString>

#include <atomic>
#include <memory>

namespace vida3::studio {
class AudioInput;
}

namespace vida3::studio::audio {

// A channel's fader, mute and sync offset, set from any thread (window, command line, remote
// control) and read by the mixer on the render thread each frame.
struct ChannelControl
{
    std::atomic<double> faderDb{0.0};  // kSilenceDb (−inf) … +20 dB
    std::atomic<bool> muted{false};
    // Positive: the channel is heard later. Live sources (microphones, desktop, browser) take
    // 0 … +2000 ms (a delay); a media file also takes negative values down to −950 ms.
    std::atomic<int> syncOffsetMs{0};
    FilterControl filters;
};

inline constexpr double kMaxFaderDb = 20.0;
inline constexpr int kMinSyncOffsetMs = -950;
inline constexpr int kMaxSyncOffsetMs = 2000;

// One mixer channel: what feeds it (null for the VIDA³ tone, which the mixer renders itself)
// and its controls.
struct MixerChannel
{
    QString name;  // unique in the mixer; what --stats and --mixer call it
    ChannelKind kind = ChannelKind::Microphone;
    std::shared_ptr<AudioInput> source;
    std::shared_ptr<ChannelControl> control = std::make_shared<ChannelControl>();
};

// A fader, mute, sync offset and filters chosen before the channel exists
// (--mixer NAME=DB[,mute][,offset=MS], --filter NAME=LIST).
struct ChannelSetting
{
    QString name;
    double faderDb = 0;
    bool muted = false;
    int syncOffsetMs = 0;
    FilterSettings filters;
};

}  // namespace vida3::studio::audio
