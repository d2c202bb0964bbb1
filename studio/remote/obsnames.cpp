// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/obsnames.h"

namespace vida3::studio::remote {

namespace {
using S = encoder::OutputState;

ObsOutputEvent event(bool active, const char *suffix)
{
    return {active, QStringLiteral("OBS_WEBSOCKET_OUTPUT_") + QLatin1String(suffix)};
}

bool over(S s)
{
    return s == S::Idle || s == S::Stopped || s == S::Failed;
}

QList<ObsOutputEvent> events(S before, S now, bool reconnects)
{
    QList<ObsOutputEvent> out;
    if (now == before)
        return out;
    switch (now) {
    case S::Connecting:
        if (!outputRunning(before) && before != S::Stopping)
            out.append(event(false, "STARTING"));
        break;
    case S::Live:
        if (before == S::Reconnecting) {
            if (reconnects)
                out.append(event(true, "RECONNECTED"));
            break;
        }
        if (!outputRunning(before))
            out.append(event(false, "STARTING"));
        out.append(event(true, "STARTED"));
        break;
    case S::Reconnecting:
        if (reconnects)
            out.append(event(false, "RECONNECTING"));
        break;
    case S::Stopping:
        if (outputRunning(before))
            out.append(event(false, "STOPPING"));
        break;
    case S::Idle:
    case S::Stopped:
    case S::Failed:
        if (over(before))
            break;
        if (before != S::Stopping)
            out.append(event(false, "STOPPING"));
        out.append(event(false, "STOPPED"));
        break;
    }
    return out;
}
}  // namespace

bool outputRunning(encoder::OutputState state)
{
    return state == S::Connecting || state == S::Live || state == S::Reconnecting;
}

QList<ObsOutputEvent> ObsOutputTracker::update(encoder::OutputState now, qint64 nowMs)
{
    const encoder::OutputState before = m_state;
    m_state = now;
    if (!outputRunning(before) && outputRunning(now)) {
        m_startMs = nowMs;
        m_startedSent = false;
        m_pausedSinceMs = -1;
        m_pausedMs = 0;
    }
    QList<ObsOutputEvent> out = events(before, now, m_reconnects);
    for (ObsOutputEvent &e : out) {
        if (e.state.endsWith(u"RECONNECTED") && !m_startedSent)
            e.state = QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED");
        if (e.state.endsWith(u"STARTED"))
            m_startedSent = true;
    }
    // Reconnecting before the first success: clients only hear about it once it started.
    if (!m_startedSent)
        out.removeIf([](const ObsOutputEvent &e) { return e.state.endsWith(u"RECONNECTING"); });
    return out;
}

qint64 ObsOutputTracker::runningMs(qint64 nowMs) const
{
    if (!running())
        return 0;
    const qint64 pausedNow = m_pausedSinceMs >= 0 ? nowMs - m_pausedSinceMs : 0;
    return nowMs - m_startMs - m_pausedMs - pausedNow;
}

QList<ObsOutputEvent> ObsOutputTracker::pause(bool paused, qint64 nowMs)
{
    if (!running() || paused == (m_pausedSinceMs >= 0))
        return {};
    if (paused) {
        m_pausedSinceMs = nowMs;
        return {{true, QStringLiteral("OBS_WEBSOCKET_OUTPUT_PAUSED")}};
    }
    m_pausedMs += nowMs - m_pausedSinceMs;
    m_pausedSinceMs = -1;
    return {{true, QStringLiteral("OBS_WEBSOCKET_OUTPUT_RESUMED")}};
}

QString obsInputKind(audio::ChannelKind kind)
{
    switch (kind) {
    case audio::ChannelKind::Microphone: return QStringLiteral("pulse_input_capture");
    case audio::ChannelKind::Desktop: return QStringLiteral("pulse_output_capture");
    case audio::ChannelKind::Media: return QStringLiteral("ffmpeg_source");
    case audio::ChannelKind::Browser: return QStringLiteral("browser_source");
    case audio::ChannelKind::Tone: return QStringLiteral("vida3_tone");
    }
    return QStringLiteral("vida3_tone");
}

QStringList obsActionNames()
{
    return {kStartStreaming, kStopStreaming, kStartRecording, kStopRecording, kPauseRecording, kUnpauseRecording, kTransition};
}

}  // namespace vida3::studio::remote
