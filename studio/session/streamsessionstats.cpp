// SPDX-License-Identifier: GPL-2.0-or-later
// StreamSession's statistics: the per-second sample of render, encode and outputs, and the
// adaptive bitrate it feeds.
#include "studio/session/streamsession.h"

#include "studio/platform/processusage.h"

#include <QLoggingCategory>

#include <algorithm>

namespace vida3::studio {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

void StreamSession::adaptBitrate(const std::vector<encoder::BitrateController::Sample> &samples)
{
    if (!m_bitrate || !m_pipeline)
        return;
    const int before = m_bitrate->targetKbps();
    if (samples.empty())
        m_bitrate->reset();
    const int after = samples.empty() ? m_bitrate->targetKbps() : m_bitrate->update(samples);
    if (after != before) {
        qCInfo(lcSession, "adaptive bitrate: %d -> %d kbps", before, after);
        m_pipeline->setVideoBitrateKbps(after);
    }
}

void StreamSession::sampleStats()
{
    const qint64 nowMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const double intervalS = std::max<qint64>(1, nowMs - m_lastSampleMs) / 1000.0;
    const RenderCounters counters = m_render.counters();
    SessionStats stats;
    stats.seconds = nowMs / 1000.0;
    stats.fps = (counters.rendered - m_lastCounters.rendered) / intervalS;
    stats.frames = counters;
    const int64_t painted = counters.rendered - m_lastCounters.rendered;
    stats.renderMs = painted > 0 ? (counters.renderNs - m_lastCounters.renderNs) / 1e6 / painted : 0.0;
    stats.program = m_programName;
    const platform::ProcessUsage usage = platform::processUsage();
    stats.cpuPercent = m_lastCpuSeconds > 0 ? std::max(0.0, (usage.cpuSeconds - m_lastCpuSeconds) / intervalS * 100.0) : 0.0;
    m_lastCpuSeconds = usage.cpuSeconds;
    stats.residentMb = usage.residentBytes / (1024.0 * 1024.0);
    m_render.releaseRetired();
    stats.encoded = encodedFrames();
    if (m_pipeline.get() != m_lastEncodePipeline) {
        m_lastEncodePipeline = m_pipeline.get();
        m_lastEncodeNs = 0;
        m_lastEncodeFrames = 0;
    }
    if (m_pipeline) {
        const int64_t ns = m_pipeline->videoEncodeNs();
        const int64_t frames = m_pipeline->encodedFrames();
        stats.encodeMs = frames > m_lastEncodeFrames ? (ns - m_lastEncodeNs) / 1e6 / double(frames - m_lastEncodeFrames) : 0.0;
        m_lastEncodeNs = ns;
        m_lastEncodeFrames = frames;
    }
    stats.targetKbps = m_pipeline ? m_pipeline->videoBitrateKbps() : 0;
    stats.adaptiveBitrate = m_bitrate != nullptr;
    stats.audio = m_levels->take();
    for (const QString &warning : m_channelWarnings.update(stats.audio, !m_outputs.empty()))
        qCWarning(lcSession, "%s", qUtf8Printable(warning));
    QHash<QString, QString> warnings;
    for (const audio::ChannelLevels &c : std::as_const(stats.audio.channels)) {
        if (!c.warning.isEmpty())
            warnings.insert(c.name, c.warning);
    }
    m_levels->setWarnings(warnings);  // the mixer panel shows them too
    std::vector<encoder::BitrateController::Sample> liveStreams;
    for (Entry &entry : m_outputs) {
        const encoder::OutputStats s = entry.output->stats();
        const double kbps = std::max(0.0, (s.bytes - entry.lastBytes) * 8.0 / 1000.0 / intervalS);
        entry.lastBytes = s.bytes;
        OutputSnapshot snapshot{entry.output->name(), s.activeTarget, s.state, kbps, s.bytes,
                                s.droppedVideoFrames, s.error};
        snapshot.videoFrames = s.videoFrames;
        snapshot.queueMs = s.queueMs;
        snapshot.congestion = s.congestion;
        snapshot.reconnects = s.reconnects;
        snapshot.attempt = s.attempt;
        snapshot.nextAttemptInMs = s.nextAttemptInMs;
        snapshot.paused = s.paused;
        snapshot.usingBackup = entry.output->target() != s.activeTarget && entry.kind == OutputKind::Stream;
        stats.outputs.append(snapshot);
        if (entry.kind == OutputKind::Stream && s.state == encoder::OutputState::Live)
            liveStreams.push_back({s.queueMs, kbps});
    }
    adaptBitrate(liveStreams);
    // Outputs that ended keep their last line, so a failure stays visible in the stats.
    for (const OutputSnapshot &old : std::as_const(m_stats.outputs)) {
        const bool present = std::any_of(stats.outputs.cbegin(), stats.outputs.cend(),
                                         [&](const OutputSnapshot &o) { return o.name == old.name; });
        if (!present && (old.state == encoder::OutputState::Failed || old.state == encoder::OutputState::Stopped)) {
            stats.outputs.append(old);
        } else if (!present) {
            OutputSnapshot ended = old;
            ended.state = encoder::OutputState::Stopped;
            ended.kbps = 0;
            stats.outputs.append(ended);
        }
    }
    if (m_pipeline)
        stats.targetKbps = m_pipeline->videoBitrateKbps();
    m_lastCounters = counters;
    m_lastSampleMs = nowMs;
    m_stats = stats;
    Q_EMIT statsUpdated(m_stats);
}

}  // namespace vida3::studio
