// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/output.h"
#include "studio/audio/channelkind.h"

#include <QList>
#include <QString>
#include <QStringList>

// How the studio's states and names read in obs-websocket's vocabulary, for every RemoteStudio.
namespace vida3::studio::remote {

struct ObsOutputEvent
{
    bool active = false;
    QString state;  // OBS_WEBSOCKET_OUTPUT_STARTING, …
    bool operator==(const ObsOutputEvent &) const = default;
};

// The StreamStateChanged events for the stream as a whole going from before to now:
// STARTING, STARTED, RECONNECTING, RECONNECTED, STOPPING, STOPPED (in that order of life).
QList<ObsOutputEvent> streamEvents(encoder::OutputState before, encoder::OutputState now);
// The RecordStateChanged events for the recording (no reconnecting).
QList<ObsOutputEvent> recordEvents(encoder::OutputState before, encoder::OutputState now);
// Connecting, live or reconnecting: obs-websocket's outputActive for GetStreamStatus.
bool outputRunning(encoder::OutputState state);

// OBS's input kind for a mixer channel ("pulse_input_capture", "vida3_tone", …).
QString obsInputKind(audio::ChannelKind kind);

// The hotkey names every studio answers (OBS's own, so Companion's hotkey actions work):
// start/stop streaming and recording, and the studio-mode transition.
inline const QString kStartStreaming = QStringLiteral("OBSBasic.StartStreaming");
inline const QString kStopStreaming = QStringLiteral("OBSBasic.StopStreaming");
inline const QString kStartRecording = QStringLiteral("OBSBasic.StartRecording");
inline const QString kStopRecording = QStringLiteral("OBSBasic.StopRecording");
inline const QString kTransition = QStringLiteral("OBSBasic.Transition");
QStringList obsActionNames();

}  // namespace vida3::studio::remote
