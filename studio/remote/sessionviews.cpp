// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/sessionviews.h"

#include "studio/audio/decibels.h"

#include <QFileInfo>

namespace vida3::studio::remote {

RemoteStudio::OutputStatus streamStatusOf(const SessionStats &stats, const ObsOutputTracker &tracker, qint64 nowMs)
{
    RemoteStudio::OutputStatus s;
    s.active = tracker.running();
    s.reconnecting = tracker.state() == encoder::OutputState::Reconnecting;
    s.durationMs = tracker.runningMs(nowMs);
    for (const OutputSnapshot &o : stats.outputs) {
        if (o.name == kRecordingOutput)
            continue;
        s.bytes += o.bytes;
        s.skippedFrames += o.droppedNetwork;
        s.totalFrames = std::max(s.totalFrames, o.videoFrames + o.droppedNetwork);
        s.congestion = std::max(s.congestion, o.congestion);
    }
    return s;
}

RemoteStudio::OutputStatus recordStatusOf(const SessionStats &stats, const ObsOutputTracker &tracker, qint64 nowMs,
                                          const QString &path)
{
    RemoteStudio::OutputStatus s;
    s.active = tracker.running();
    s.path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    s.durationMs = tracker.runningMs(nowMs);
    s.paused = tracker.paused();
    for (const OutputSnapshot &o : stats.outputs) {
        if (o.name == kRecordingOutput) {
            s.bytes = o.bytes;
            s.totalFrames = o.videoFrames;
        }
    }
    return s;
}

RemoteStudio::Stats statsOf(const SessionStats &stats, const QString &recordPath)
{
    RemoteStudio::Stats s;
    s.activeFps = stats.fps;
    s.renderMs = stats.renderMs;
    s.renderSkipped = stats.frames.missedRender;
    s.renderTotal = stats.frames.rendered;
    s.outputSkipped = stats.frames.skippedEncode;
    s.outputTotal = stats.encoded;
    s.recordFolder = recordPath.isEmpty() ? QString() : QFileInfo(recordPath).absolutePath();
    return s;
}

QList<RemoteStudio::InputInfo> inputsOf(const std::vector<audio::MixerChannel> &channels)
{
    QList<RemoteStudio::InputInfo> list;
    for (const audio::MixerChannel &c : channels)
        list.append({c.name, obsInputKind(c.kind), c.control->muted.load(), c.control->faderDb.load()});
    return list;
}

QList<RemoteStudio::InputLevels> levelsOf(const audio::AudioLevels &levels)
{
    QList<RemoteStudio::InputLevels> list;
    for (const audio::ChannelLevels &c : levels.channels)
        list.append({c.name, c.muted ? 0.0 : audio::dbToGain(c.rmsDbfs), c.muted ? 0.0 : audio::dbToGain(c.peakDbfs),
                     audio::dbToGain(c.inputPeakDbfs)});
    return list;
}

RemoteStudio::TransitionInfo transitionInfo(const Transition &t)
{
    switch (t.kind) {
    case Transition::Kind::Cut: return {QStringLiteral("Cut"), 0, true};
    case Transition::Kind::Fade: return {QStringLiteral("Fade"), t.durationMs, false};
    case Transition::Kind::Slide: return {QStringLiteral("Slide"), t.durationMs, false};
    }
    return {};
}

QList<RemoteStudio::TransitionInfo> transitionsOf(const Transition &current)
{
    const int ms = current.durationMs;
    return {{QStringLiteral("Cut"), 0, true}, {QStringLiteral("Fade"), ms, false}, {QStringLiteral("Slide"), ms, false}};
}

std::optional<Transition> transitionNamed(const QString &name, const Transition &current, std::optional<int> durationMs)
{
    Transition t = current;
    const QString lower = name.toLower();
    if (lower == u"cut")
        t.kind = Transition::Kind::Cut;
    else if (lower == u"fade")
        t.kind = Transition::Kind::Fade;
    else if (lower == u"slide")
        t.kind = Transition::Kind::Slide;
    else
        return std::nullopt;
    if (durationMs)
        t.durationMs = *durationMs;
    return t;
}

QList<RemoteStudio::ItemInfo> itemsOf(const QList<LayerDescription> &layers)
{
    QList<RemoteStudio::ItemInfo> items;
    for (qsizetype i = 0; i < layers.size(); ++i)
        items.append({static_cast<int>(i + 1), layers[i].id, layers[i].kind, layers[i].visible, layers[i].locked,
                      layers[i].geometryPx, layers[i].rotation, layers[i].trim});
    return items;
}

}  // namespace vida3::studio::remote
