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
    };
    const QJsonObject line{
        {QStringLiteral("t"), round1(stats.seconds)},
        {QStringLiteral("fps"), round1(stats.fps)},
        {QStringLiteral("frames"), frames},
        {QStringLiteral("target_kbps"), stats.targetKbps},
        {QStringLiteral("adaptive_bitrate"), stats.adaptiveBitrate},
        {QStringLiteral("outputs"), outputs},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

}  // namespace vida3::studio
