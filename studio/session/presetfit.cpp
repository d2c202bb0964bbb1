// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/presetfit.h"

#include <algorithm>

namespace vida3::studio {

Expected<StreamSession::Settings> fitSettingsToPlatforms(StreamSession::Settings s,
                                                          const QList<const PlatformPreset *> &platforms,
                                                          QStringList *adjustments)
{
    for (const PlatformPreset *p : platforms) {
        const double keyint = p->video.keyframeIntervalS;
        if (keyint > 0 && s.video.keyintSec > keyint) {
            adjustments->append(QStringLiteral("keyframe interval %1 s -> %2 s for %3")
                                    .arg(s.video.keyintSec).arg(keyint).arg(p->displayName));
            s.video.keyintSec = keyint;
        }
        if (p->video.maxBitrateKbps > 0 && s.video.bitrateKbps > p->video.maxBitrateKbps) {
            adjustments->append(QStringLiteral("video bitrate %1 -> %2 kbps for %3")
                                    .arg(s.video.bitrateKbps).arg(p->video.maxBitrateKbps).arg(p->displayName));
            s.video.bitrateKbps = p->video.maxBitrateKbps;
        }
        if (p->audio.maxBitrateKbps > 0 && s.audio.bitrateKbps > p->audio.maxBitrateKbps) {
            adjustments->append(QStringLiteral("audio bitrate %1 -> %2 kbps for %3")
                                    .arg(s.audio.bitrateKbps).arg(p->audio.maxBitrateKbps).arg(p->displayName));
            s.audio.bitrateKbps = p->audio.maxBitrateKbps;
        }
        if (p->video.fps > 0 && s.video.fps > 2 * p->video.fps) {
            return Error{ErrorCode::InvalidDestination,
                         QStringLiteral("%1 fps is more than %2 accepts (%3 fps): no single encode fits every destination")
                             .arg(s.video.fps).arg(p->displayName).arg(2 * p->video.fps)};
        }
    }
    // X asks for 44.1 kHz; every other platform takes it too, so one rate always fits.
    const bool wants441 = std::any_of(platforms.cbegin(), platforms.cend(),
                                      [](const PlatformPreset *p) { return p->audio.sampleRateHz == 44100; });
    if (wants441 && s.audio.sampleRate != 44100) {
        adjustments->append(QStringLiteral("audio sample rate %1 -> 44100 Hz").arg(s.audio.sampleRate));
        s.audio.sampleRate = 44100;
    }
    return s;
}

}  // namespace vida3::studio
