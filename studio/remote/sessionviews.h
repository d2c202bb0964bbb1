// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/audiolevels.h"
#include "studio/audio/mixerchannel.h"
#include "studio/remote/obsnames.h"
#include "studio/remote/remotestudio.h"
#include "studio/scene/scene.h"
#include "studio/scene/transition.h"
#include "studio/session/sessionstats.h"
#include "studio/session/streamsession.h"

#include <vector>

// What every RemoteStudio reads off a session the same way: output status from the stats,
// the mixer's channels and meters, transitions and a scene's layers.
namespace vida3::studio::remote {

// What StreamSession calls its recording output.
inline const QString kRecordingOutput = StreamSession::recordingOutputName();

// The streams (every output but the recording) or the recording, as GetStreamStatus and
// GetRecordStatus report them.
RemoteStudio::OutputStatus streamStatusOf(const SessionStats &stats, const ObsOutputTracker &tracker, qint64 nowMs);
RemoteStudio::OutputStatus recordStatusOf(const SessionStats &stats, const ObsOutputTracker &tracker, qint64 nowMs,
                                          const QString &path);
RemoteStudio::Stats statsOf(const SessionStats &stats, const QString &recordPath);

QList<RemoteStudio::InputInfo> inputsOf(const std::vector<audio::MixerChannel> &channels);
// Like OBS, a muted channel's levels after the fader are silence; its input peak still shows.
QList<RemoteStudio::InputLevels> levelsOf(const audio::AudioLevels &levels);

QList<RemoteStudio::TransitionInfo> transitionsOf(const Transition &current);
RemoteStudio::TransitionInfo transitionInfo(const Transition &transition);
// "Cut", "Fade" or "Slide" (any case) with current's duration unless one is given; nothing
// for another name.
std::optional<Transition> transitionNamed(const QString &name, const Transition &current, std::optional<int> durationMs);

// A scene's layers as scene items, numbered from 1 in layer order.
QList<RemoteStudio::ItemInfo> itemsOf(const QList<LayerDescription> &layers);

}  // namespace vida3::studio::remote
