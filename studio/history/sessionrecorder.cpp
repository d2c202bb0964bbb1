// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/history/sessionrecorder.h"

#include "encoder/secretredactor.h"
#include "studio/session/sessionstats.h"
#include "studio/remote/requestfields.h"
#include "studio/session/streamsession.h"


#include <algorithm>

namespace vida3::studio::history {

namespace {
using encoder::OutputState;
constexpr double kPointEverySeconds = 5;
constexpr qsizetype kMaxPoints = 720;  // an hour at 5 s; longer sessions keep every other point

bool running(OutputState s)
{
    return s == OutputState::Connecting || s == OutputState::Live || s == OutputState::Reconnecting
        || s == OutputState::Stopping;
}

}  // namespace

SessionRecorder::SessionRecorder(HistoryStore store, Context context, const SecretRedactor &redactor, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_context(std::move(context)), m_redactor(redactor)
{
}

SessionRecorder::~SessionRecorder()
{
    flush();
}

void SessionRecorder::onOutputState(const QString &name, OutputState state)
{
    if (!m_open && running(state) && state != OutputState::Stopping)
        open(m_lastStats);
    // Known from its start, so a short one that no statistics line saw running is still kept.
    if (m_open && running(state) && !m_outputs.contains(name)) {
        m_order.append(name);
        m_outputs.insert(name, Output{});
    }
}

void SessionRecorder::onStats(const SessionStats &stats)
{
    m_lastStats = stats;
    const bool active = std::any_of(stats.outputs.cbegin(), stats.outputs.cend(),
                                    [](const OutputSnapshot &o) { return running(o.state); });
    if (!m_open && !active)
        return;
    if (!m_open)
        open(stats);
    follow(stats);
    // Not closed here even when nothing runs: stopped outputs still send what they hold; the
    // record ends with onAllStopped and the final counts.
}

void SessionRecorder::onAllStopped(const SessionStats &finalStats)
{
    if (!m_open)
        return;
    follow(finalStats);
    close();
}

void SessionRecorder::flush()
{
    if (m_open)
        close();
}

void SessionRecorder::open(const SessionStats &stats)
{
    m_open = true;
    m_start = QDateTime::currentDateTimeUtc();
    m_startSeconds = stats.seconds;  // the sample before: the series starts at most a second early
    m_missedAtStart = stats.frames.missedRender;
    m_skippedAtStart = stats.frames.skippedEncode;
    m_missed = m_skipped = 0;
    m_outputs.clear();
    m_order.clear();
    m_series.clear();
    m_nextPointSeconds = 0;
}

void SessionRecorder::follow(const SessionStats &stats)
{
    m_missed = std::max<int64_t>(m_missed, stats.frames.missedRender - m_missedAtStart);
    m_skipped = std::max<int64_t>(m_skipped, stats.frames.skippedEncode - m_skippedAtStart);
    double kbps = 0;
    for (const OutputSnapshot &o : stats.outputs) {
        if (!m_outputs.contains(o.name)) {
            if (!running(o.state))
                continue;  // the last line of an output that ended before this session
            m_order.append(o.name);
        }
        Output &out = m_outputs[o.name];
        if (o.bytes < out.bytes) {  // started again: a new run of the same output
            out.bytesBefore += out.bytes;
            out.droppedBefore += out.dropped;
            out.reconnectsBefore += out.reconnects;
        }
        out.target = o.target;
        out.bytes = o.bytes;
        out.dropped = o.droppedNetwork;
        out.frames = o.videoFrames;
        out.reconnects = o.reconnects;
        out.state = encoder::outputStateName(o.state);
        if (o.state == OutputState::Failed && !o.error.detail.isEmpty())
            out.failure = o.error.detail;
        if (running(o.state)) {
            if (out.firstSeconds < 0)
                out.firstSeconds = stats.seconds;
            out.lastSeconds = stats.seconds;
        }
        if (o.name != StreamSession::recordingOutputName())
            kbps += o.kbps;
    }
    const double since = stats.seconds - m_startSeconds;
    if (since >= m_nextPointSeconds) {
        m_series.append({since, kbps, m_missed + m_skipped + lostSoFar()});
        m_nextPointSeconds = since + kPointEverySeconds;
        if (m_series.size() > kMaxPoints) {
            QList<SeriesPoint> halved;
            for (qsizetype i = 0; i < m_series.size(); i += 2)
                halved.append(m_series[i]);
            m_series = halved;
        }
    }
}

int64_t SessionRecorder::lostSoFar() const
{
    int64_t lost = 0;
    for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it) {
        if (it.key() != StreamSession::recordingOutputName())
            lost += it->droppedBefore + it->dropped;
    }
    return lost;
}

SessionRecord SessionRecorder::record() const
{
    SessionRecord r;
    r.start = m_start;
    r.end = QDateTime::currentDateTimeUtc();
    r.id = m_start.toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    r.collection = m_redactor.redact(m_context.collection);
    r.headless = m_context.headless;
    r.missedRender = m_missed;
    r.skippedEncode = m_skipped;
    for (const QString &name : m_order) {
        const Output o = m_outputs.value(name);
        if (name == StreamSession::recordingOutputName()) {
            r.recording = RecordingRecord{m_redactor.redact(o.target), o.bytesBefore + o.bytes, o.frames,
                                          m_redactor.redact(o.failure)};
            continue;
        }
        const double onSeconds = std::max(1.0, o.lastSeconds - std::max(0.0, o.firstSeconds));
        const int64_t bytes = o.bytesBefore + o.bytes;
        r.destinations.append({m_redactor.redact(name), m_redactor.redact(remote::publicServerUrl(o.target)), bytes,
                               bytes * 8.0 / 1000.0 / onSeconds, o.droppedBefore + o.dropped,
                               o.reconnectsBefore + o.reconnects, o.state, m_redactor.redact(o.failure)});
        r.droppedNetwork += o.droppedBefore + o.dropped;
    }
    r.series = m_series;
    return r;
}

void SessionRecorder::close()
{
    m_open = false;
    const SessionRecord kept = record();
    if (Status written = m_store.append(kept); !written) {
        Q_EMIT problem(written.error().detail);
        return;
    }
    if (Expected<int> pruned = m_store.prune(m_context.retentionDays, kept.end); !pruned)
        Q_EMIT problem(pruned.error().detail);
    Q_EMIT recorded(kept);
}

}  // namespace vida3::studio::history
