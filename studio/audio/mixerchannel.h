// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/channelkind.h"

#include <QString>

#include <atomic>
#include <memory>

namespace vida3::studio {
class AudioInput;
}

namespace vida3::studio::audio {

// A channel's fader and mute, set from any thread (window, command line, remote control) and
// read by the mixer on the render thread each frame.
struct ChannelControl
{
    std::atomic<double> faderDb{0.0};  // kSilenceDb (−inf) … +20 dB
    std::atomic<bool> muted{false};
};

inline constexpr double kMaxFaderDb = 20.0;

// One mixer channel: what feeds it (null for the VIDA³ tone, which the mixer renders itself)
// and its controls.
struct MixerChannel
{
    QString name;  // unique in the mixer; what --stats and --mixer call it
    ChannelKind kind = ChannelKind::Microphone;
    std::shared_ptr<AudioInput> source;
    std::shared_ptr<ChannelControl> control = std::make_shared<ChannelControl>();
};

// A fader and mute chosen before the channel exists (--mixer NAME=DB[,mute]).
struct ChannelSetting
{
    QString name;
    double faderDb = 0;
    bool muted = false;
};

}  // namespace vida3::studio::audio
