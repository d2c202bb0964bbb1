// SPDX-License-Identifier: GPL-2.0-or-later
// Streaming and recording: status, start, stop, toggle, pause; the outputs and the service.
#include "studio/remote/remoteprotocol.h"
#include "studio/remote/requestfields.h"
#include "studio/remote/requestrouter.h"

#include <QJsonArray>

namespace vida3::studio::remote {

namespace {

QJsonObject streamStatusData(const RemoteStudio::OutputStatus &s)
{
    return {
        {QStringLiteral("outputActive"), s.active},
        {QStringLiteral("outputReconnecting"), s.reconnecting},
        {QStringLiteral("outputTimecode"), timecode(s.durationMs)},
        {QStringLiteral("outputDuration"), static_cast<qint64>(s.durationMs)},
        {QStringLiteral("outputCongestion"), s.congestion},
        {QStringLiteral("outputBytes"), static_cast<qint64>(s.bytes)},
        {QStringLiteral("outputSkippedFrames"), static_cast<qint64>(s.skippedFrames)},
        {QStringLiteral("outputTotalFrames"), static_cast<qint64>(s.totalFrames)},
    };
}

QJsonObject recordStatusData(const RemoteStudio::OutputStatus &s)
{
    return {
        {QStringLiteral("outputActive"), s.active},
        {QStringLiteral("outputPaused"), s.paused},
        {QStringLiteral("outputTimecode"), timecode(s.durationMs)},
        {QStringLiteral("outputDuration"), static_cast<qint64>(s.durationMs)},
        {QStringLiteral("outputBytes"), static_cast<qint64>(s.bytes)},
    };
}

RequestResult start(bool running, const std::function<Outcome()> &act)
{
    if (running)
        return RequestResult::fail(status::OutputRunning, QStringLiteral("The output is already running."));
    return RequestResult::from(act());
}

RequestResult stop(bool running, const std::function<Outcome()> &act)
{
    if (!running)
        return RequestResult::fail(status::OutputNotRunning, QStringLiteral("The output is not running."));
    return RequestResult::from(act());
}

RequestResult toggled(const Outcome &outcome, bool nowActive, const QString &field = QStringLiteral("outputActive"))
{
    if (!outcome.isOk())
        return RequestResult::from(outcome);
    return RequestResult::with({{field, nowActive}});
}

QJsonObject outputEntry(const QString &name, const QString &kind, const RemoteStudio::Video &video, bool active)
{
    return {
        {QStringLiteral("outputName"), name},
        {QStringLiteral("outputKind"), kind},
        {QStringLiteral("outputWidth"), video.outputWidth},
        {QStringLiteral("outputHeight"), video.outputHeight},
        {QStringLiteral("outputActive"), active},
        {QStringLiteral("outputFlags"),
         QJsonObject{{QStringLiteral("OBS_OUTPUT_AUDIO"), true},
                     {QStringLiteral("OBS_OUTPUT_VIDEO"), true},
                     {QStringLiteral("OBS_OUTPUT_ENCODED"), true},
                     {QStringLiteral("OBS_OUTPUT_MULTI_TRACK"), false},
                     {QStringLiteral("OBS_OUTPUT_SERVICE"), kind == u"rtmp_output"}}},
    };
}

}  // namespace

void addOutputRequests(RequestTable &table, RemoteStudio &studio)
{
    RemoteStudio *s = &studio;
    table.insert(QStringLiteral("GetStreamStatus"), [s](const QJsonObject &) { return RequestResult::with(streamStatusData(s->streamStatus())); });
    table.insert(QStringLiteral("StartStream"), [s](const QJsonObject &) { return start(s->streamStatus().active, [s] { return s->startStream(); }); });
    table.insert(QStringLiteral("StopStream"), [s](const QJsonObject &) { return stop(s->streamStatus().active, [s] { return s->stopStream(); }); });
    table.insert(QStringLiteral("ToggleStream"), [s](const QJsonObject &) {
        const bool active = s->streamStatus().active;
        return toggled(active ? s->stopStream() : s->startStream(), !active);
    });
    table.insert(QStringLiteral("GetRecordStatus"), [s](const QJsonObject &) { return RequestResult::with(recordStatusData(s->recordStatus())); });
    table.insert(QStringLiteral("StartRecord"), [s](const QJsonObject &) { return start(s->recordStatus().active, [s] { return s->startRecord(); }); });
    table.insert(QStringLiteral("StopRecord"), [s](const QJsonObject &) {
        const RemoteStudio::OutputStatus before = s->recordStatus();
        RequestResult result = stop(before.active, [s] { return s->stopRecord(); });
        if (result.outcome.isOk())
            result = RequestResult::with({{QStringLiteral("outputPath"), before.path}});
        return result;
    });
    table.insert(QStringLiteral("ToggleRecord"), [s](const QJsonObject &) {
        const bool active = s->recordStatus().active;
        return toggled(active ? s->stopRecord() : s->startRecord(), !active);
    });
    table.insert(QStringLiteral("PauseRecord"), [s](const QJsonObject &) {
        const RemoteStudio::OutputStatus r = s->recordStatus();
        if (!r.active)
            return RequestResult::fail(status::OutputNotRunning, QStringLiteral("The recording is not running."));
        if (r.paused)
            return RequestResult::fail(status::OutputPaused, QStringLiteral("The recording is already paused."));
        return RequestResult::from(s->setRecordPaused(true));
    });
    table.insert(QStringLiteral("ResumeRecord"), [s](const QJsonObject &) {
        const RemoteStudio::OutputStatus r = s->recordStatus();
        if (!r.active)
            return RequestResult::fail(status::OutputNotRunning, QStringLiteral("The recording is not running."));
        if (!r.paused)
            return RequestResult::fail(status::OutputNotPaused, QStringLiteral("The recording is not paused."));
        return RequestResult::from(s->setRecordPaused(false));
    });
    table.insert(QStringLiteral("ToggleRecordPause"), [s](const QJsonObject &) {
        const RemoteStudio::OutputStatus r = s->recordStatus();
        if (!r.active)
            return RequestResult::fail(status::OutputNotRunning, QStringLiteral("The recording is not running."));
        return toggled(s->setRecordPaused(!r.paused), !r.paused, QStringLiteral("outputPaused"));
    });
    table.insert(QStringLiteral("GetOutputList"), [s](const QJsonObject &) {
        const RemoteStudio::Video video = s->video();
        return RequestResult::with({{QStringLiteral("outputs"),
                                     QJsonArray{outputEntry(QStringLiteral("simple_stream"), QStringLiteral("rtmp_output"), video,
                                                            s->streamStatus().active),
                                                outputEntry(QStringLiteral("simple_file_output"), QStringLiteral("ffmpeg_muxer"),
                                                            video, s->recordStatus().active)}}});
    });
    table.insert(QStringLiteral("GetOutputStatus"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<QString> name = stringField(data, QStringLiteral("outputName"), &error);
        if (!name)
            return RequestResult::from(error);
        if (*name == u"simple_stream")
            return RequestResult::with(streamStatusData(s->streamStatus()));
        if (*name == u"simple_file_output")
            return RequestResult::with(streamStatusData(s->recordStatus()));
        return RequestResult::fail(status::ResourceNotFound, QStringLiteral("No output was found by that name."));
    });
    // Safer than OBS: the server is told, never the stream key (it stays in the keychain).
    table.insert(QStringLiteral("GetStreamServiceSettings"), [s](const QJsonObject &) {
        return RequestResult::with({{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                                    {QStringLiteral("streamServiceSettings"),
                                     QJsonObject{{QStringLiteral("server"), s->streamServer()},
                                                 {QStringLiteral("use_auth"), false},
                                                 {QStringLiteral("key"), QString()}}}});
    });
    table.insert(QStringLiteral("SetStreamServiceSettings"), [](const QJsonObject &) {
        return RequestResult::fail(status::CannotAct,
                                   QStringLiteral("Changing destinations over remote control is turned off in VIDA³ Studio."));
    });
}

}  // namespace vida3::studio::remote
