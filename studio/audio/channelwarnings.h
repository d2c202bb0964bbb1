// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/audiolevels.h"

#include <QHash>
#include <QString>

namespace vida3::studio::audio {

// The two microphone mistakes a creator cannot hear on their own stream: talking into a muted
// microphone, and a microphone that delivers digital silence (wrong device, hardware mute
// switch, a driver that stopped). Fed once a second with the mixer's levels; sets
// ChannelLevels::warning ("muted_with_signal", "no_signal") while the condition lasts, and says
// which warnings just began (for one log line each, not one a second).
// Not thread-safe (the session's thread).
class ChannelWarnings
{
public:
    // A muted microphone above this (speech, not room noise) for mutedSeconds is a warning.
    static constexpr double kSignalDbfs = -40;
    static constexpr int kMutedSeconds = 2;
    // A live, unmuted microphone at or below this for silentSeconds delivers no signal.
    static constexpr double kDigitalSilenceDbfs = -100;
    static constexpr int kSilentSeconds = 5;

    // outputsRunning: only while streaming or recording does a warning matter.
    QStringList update(AudioLevels &levels, bool outputsRunning);

private:
    struct Counters
    {
        int muted = 0;
        int silent = 0;
        QString warning;
    };
    QHash<QString, Counters> m_channels;
};

}  // namespace vida3::studio::audio
