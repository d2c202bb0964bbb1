// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/channelwarnings.h"

namespace vida3::studio::audio {

QStringList ChannelWarnings::update(AudioLevels &levels, bool outputsRunning)
{
    QStringList began;
    for (ChannelLevels &c : levels.channels) {
        if (c.kind != ChannelKind::Microphone)
            continue;
        Counters &n = m_channels[c.name];
        const bool live = c.state == QStringLiteral("live");
        // Judged before the fader: a fader pulled down is not a dead microphone, and a voice
        // on a muted one counts however low its fader.
        n.muted = outputsRunning && c.muted && c.inputPeakDbfs > kSignalDbfs ? n.muted + 1 : 0;
        n.silent = outputsRunning && live && !c.muted && c.inputPeakDbfs <= kDigitalSilenceDbfs ? n.silent + 1 : 0;
        QString warning;
        if (n.muted >= kMutedSeconds)
            warning = QStringLiteral("muted_with_signal");
        else if (n.silent >= kSilentSeconds)
            warning = QStringLiteral("no_signal");
        if (!warning.isEmpty() && warning != n.warning) {
            began.append(warning == u"muted_with_signal"
                             ? QStringLiteral("%1 is muted but you are talking into it").arg(c.name)
                             : QStringLiteral("%1 delivers no signal (digital silence): check the device and its "
                                              "mute switch").arg(c.name));
        }
        n.warning = warning;
        c.warning = warning;
    }
    return began;
}

}  // namespace vida3::studio::audio
