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

// Connecting, live or reconnecting: obs-websocket's outputActive for GetStreamStatus.
bool outputRunning(encoder::OutputState state);

// One output's (or all streams') state as clients hear it: StreamStateChanged's STARTING,
// STARTED, RECONNECTING, RECONNECTED, STOPPING, STOPPED (a recording has no reconnecting),
// for each new state, with
// STARTED (not RECONNECTED) when a start went live only after a reconnect (a backup server
// taking over on the first attempt), and the time it has been running.
class ObsOutputTracker
{
public:
    explicit ObsOutputTracker(bool reconnects) : m_reconnects(reconnects) {}
    QList<ObsOutputEvent> update(encoder::OutputState now, qint64 nowMs);
    encoder::OutputState state() const { return m_state; }
    bool running() const { return outputRunning(m_state); }
    // Time running, less the time paused (what a paused recording holds).
    qint64 runningMs(qint64 nowMs) const;
    // A recording paused or resumed: _PAUSED or _RESUMED (nothing while it is not running).
    QList<ObsOutputEvent> pause(bool paused, qint64 nowMs);
    bool paused() const { return running() && m_pausedSinceMs >= 0; }

private:
    bool m_reconnects;
    encoder::OutputState m_state = encoder::OutputState::Idle;
    bool m_startedSent = false;
    qint64 m_startMs = 0;
    qint64 m_pausedSinceMs = -1;
    qint64 m_pausedMs = 0;  // in earlier pauses
};

// OBS's input kind for a mixer channel ("pulse_input_capture", "vida3_tone", …).
QString obsInputKind(audio::ChannelKind kind);

// The hotkey names every studio answers (OBS's own, so Companion's hotkey actions work):
// start/stop streaming and recording, pause and resume the recording, and the studio-mode
// transition.
inline const QString kStartStreaming = QStringLiteral("OBSBasic.StartStreaming");
inline const QString kStopStreaming = QStringLiteral("OBSBasic.StopStreaming");
inline const QString kStartRecording = QStringLiteral("OBSBasic.StartRecording");
inline const QString kStopRecording = QStringLiteral("OBSBasic.StopRecording");
inline const QString kPauseRecording = QStringLiteral("OBSBasic.PauseRecording");
inline const QString kUnpauseRecording = QStringLiteral("OBSBasic.UnpauseRecording");
inline const QString kTransition = QStringLiteral("OBSBasic.Transition");
QStringList obsActionNames();

}  // namespace vida3::studio::remote
