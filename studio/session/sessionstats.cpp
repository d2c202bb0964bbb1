// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/sessionstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vida3::studio {

static double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QByteArray statsToJsonLine(const SessionStats &stats)
{
    QJsonArray outputs;
    for (const OutputSnapshot &o : stats.outputs) {
        QJsonObject out{
            {QStringLiteral("name"), o.name},
            {QStringLiteral("target"), o.target},
            {QStringLiteral("state"), encoder::outputStateName(o.state)},
            {QStringLiteral("kbps"), round1(o.kbps)},
            {QStringLiteral("bytes"), static_cast<double>(o.bytes)},
            {QStringLiteral("dropped_network"), static_cast<double>(o.droppedNetwork)},
            {QStringLiteral("frames"), static_cast<double>(o.videoFrames)},
            {QStringLiteral("queue_ms"), o.queueMs},
            {QStringLiteral("congestion"), std::round(o.congestion * 100.0) / 100.0},
            {QStringLiteral("reconnects"), o.reconnects},
            {QStringLiteral("url"), o.target},
            {QStringLiteral("using_backup"), o.usingBackup},
        };
        if (o.paused)
            out.insert(QStringLiteral("paused"), true);
        if (o.state == encoder::OutputState::Reconnecting) {
            out.insert(QStringLiteral("attempt"), o.attempt);
            if (o.nextAttemptInMs >= 0)
                out.insert(QStringLiteral("reconnect_in_s"), round1(o.nextAttemptInMs / 1000.0));
        }
        if (o.error.code != ErrorCode::None) {
            out.insert(QStringLiteral("error"), errorCodeName(o.error.code));
            out.insert(QStringLiteral("reason"), o.error.detail);
        }
        outputs.append(out);
    }
    const QJsonObject frames{
        {QStringLiteral("rendered"), static_cast<double>(stats.frames.rendered)},
        {QStringLiteral("for_output"), static_cast<double>(stats.frames.forOutput)},
        {QStringLiteral("preview_only"), static_cast<double>(stats.frames.previewOnly())},
        {QStringLiteral("encoded"), static_cast<double>(stats.encoded)},
        {QStringLiteral("missed_render"), static_cast<double>(stats.frames.missedRender)},
        {QStringLiteral("skipped_encode"), static_cast<double>(stats.frames.skippedEncode)},
        {QStringLiteral("render_ms"), std::round(stats.renderMs * 100.0) / 100.0},
        {QStringLiteral("encode_ms"), std::round(stats.encodeMs * 100.0) / 100.0},
    };
    const audio::ProgrammeLevels &p = stats.audio.programme;
    const QJsonObject programme{
        {QStringLiteral("peak_dbfs"), round1(p.peakDbfs)},
        {QStringLiteral("rms_dbfs"), round1(p.rmsDbfs)},
        {QStringLiteral("lufs_momentary"), round1(p.lufsMomentary)},
        {QStringLiteral("lufs_short_term"), round1(p.lufsShortTerm)},
        {QStringLiteral("lufs_integrated"), round1(p.lufsIntegrated)},
        {QStringLiteral("true_peak_dbtp"), round1(p.truePeakDbtp)},
        {QStringLiteral("limiter_db"), round1(p.limiterReductionDb)},
        {QStringLiteral("loudness_target"), round1(p.loudnessTargetLufs)},
    };
    QJsonArray channels;
    for (const audio::ChannelLevels &c : stats.audio.channels) {
        QJsonObject channel{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("kind"), audio::channelKindName(c.kind)},
            {QStringLiteral("state"), c.state},
            {QStringLiteral("fader_db"), round1(c.faderDb)},
            {QStringLiteral("muted"), c.muted},
            {QStringLiteral("sync_offset_ms"), c.syncOffsetMs},
            {QStringLiteral("peak_dbfs"), round1(c.peakDbfs)},
            {QStringLiteral("rms_dbfs"), round1(c.rmsDbfs)},
        };
        if (!c.warning.isEmpty())
            channel.insert(QStringLiteral("warning"), c.warning);
        if (c.latencyMs > 0)
            channel.insert(QStringLiteral("latency_ms"), c.latencyMs);
        if (c.filterMask)
            channel.insert(QStringLiteral("filters"), QJsonArray::fromStringList(audio::FilterSettings::namesOf(c.filterMask)));
        channels.append(channel);
    }
    QJsonObject line{
        {QStringLiteral("t"), round1(stats.seconds)},
        {QStringLiteral("fps"), round1(stats.fps)},
        {QStringLiteral("frames"), frames},
        {QStringLiteral("target_kbps"), stats.targetKbps},
        {QStringLiteral("adaptive_bitrate"), stats.adaptiveBitrate},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("audio"), QJsonObject{{QStringLiteral("programme"), programme},
                                              {QStringLiteral("channels"), channels}}},
        {QStringLiteral("process"), QJsonObject{{QStringLiteral("cpu_percent"), round1(stats.cpuPercent)},
                                                {QStringLiteral("rss_mb"), round1(stats.residentMb)}}},
    };
    if (!stats.program.isEmpty())
        line.insert(QStringLiteral("program"), stats.program);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

}  // namespace vida3::studio
