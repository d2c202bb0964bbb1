// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/remote/windowremote.h"

#include "app/outputcontrols.h"
#include "app/scenes/studiomode.h"
#include "app/sessioncontroller.h"
#include "studio/audio/decibels.h"
#include "studio/remote/obsnames.h"
#include "studio/remote/remoteprotocol.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/document/scenedocument.h"

#include <QDateTime>
#include <QFileInfo>

#include <cmath>

namespace vida3::app {

using studio::remote::Outcome;
namespace status = studio::remote::status;

namespace {
const QString kRecording = QStringLiteral("recording");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}  // namespace

WindowRemote::WindowRemote(SessionController &controller, studio::SceneDocument &document, StudioModePanel &studioMode,
                           OutputControls &outputs, QObject *parent)
    : RemoteStudio(parent), m_controller(controller), m_document(document), m_studioMode(studioMode), m_outputs(outputs),
      m_streamState(controller.streamState()), m_recordState(controller.recordingState())
{
    connect(&controller, &SessionController::streamStateChanged, this, [this](encoder::OutputState state, const Error &) {
        if (!studio::remote::outputRunning(m_streamState) && studio::remote::outputRunning(state))
            m_streamStartMs = nowMs();
        for (const studio::remote::ObsOutputEvent &e : studio::remote::streamEvents(m_streamState, state))
            Q_EMIT streamStateChanged(e.active, e.state);
        m_streamState = state;
    });
    connect(&controller, &SessionController::recordingStateChanged, this, [this](encoder::OutputState state, const Error &) {
        if (!studio::remote::outputRunning(m_recordState) && studio::remote::outputRunning(state))
            m_recordStartMs = nowMs();
        for (const studio::remote::ObsOutputEvent &e : studio::remote::recordEvents(m_recordState, state)) {
            const bool withPath = e.state.endsWith(u"STARTED") || e.state.endsWith(u"STOPPED");
            Q_EMIT recordStateChanged(e.active, e.state, withPath ? m_outputs.recordingPath() : QString());
        }
        m_recordState = state;
    });
    connect(&controller, &SessionController::statsUpdated, this, [this](const studio::SessionStats &stats) { m_stats = stats; });
    const auto readLevels = [this] {
        m_levelsReader = m_controller.audioLevels() ? m_controller.audioLevels()->addReader() : -1;
    };
    readLevels();
    connect(&controller, &SessionController::sessionChanged, this, readLevels);
    connect(&document, &studio::SceneDocument::programChanged, this, &RemoteStudio::programSceneChanged);
    for (auto signal : {&studio::SceneDocument::sceneInserted, &studio::SceneDocument::sceneRemoved})
        connect(&document, signal, this, [this] { Q_EMIT sceneListChanged(); });
    connect(&document, &studio::SceneDocument::sceneMoved, this, [this] { Q_EMIT sceneListChanged(); });
    connect(&document, &studio::SceneDocument::sceneChanged, this, [this] { Q_EMIT sceneListChanged(); });
    connect(&document, &studio::SceneDocument::wasReset, this, [this] { Q_EMIT sceneListChanged(); });
    connect(&document, &studio::SceneDocument::defaultTransitionChanged, this,
            [this] { Q_EMIT transitionChanged(currentTransition().name); });
    connect(&studioMode, &StudioModePanel::studioModeChanged, this, &RemoteStudio::studioModeChanged);
    connect(&studioMode, &StudioModePanel::previewSceneChanged, this, &RemoteStudio::previewSceneChanged);
}

Outcome WindowRemote::fromStatus(const Status &result, int code) const
{
    return result ? Outcome::ok() : Outcome::fail(code, result.error().detail);
}

WindowRemote::OutputStatus WindowRemote::streamStatus() const
{
    OutputStatus s;
    s.active = studio::remote::outputRunning(m_streamState);
    s.reconnecting = m_streamState == encoder::OutputState::Reconnecting;
    s.durationMs = s.active ? nowMs() - m_streamStartMs : 0;
    for (const studio::OutputSnapshot &o : m_stats.outputs) {
        if (o.name == kRecording)
            continue;
        s.bytes += o.bytes;
        s.skippedFrames += o.droppedNetwork;
        s.totalFrames = std::max(s.totalFrames, o.videoFrames + o.droppedNetwork);
        s.congestion = std::max(s.congestion, o.congestion);
    }
    return s;
}

Outcome WindowRemote::startStream()
{
    return fromStatus(m_outputs.startStreaming(), status::OutputDisabled);
}

Outcome WindowRemote::stopStream()
{
    m_outputs.stopStreaming();
    return Outcome::ok();
}

WindowRemote::OutputStatus WindowRemote::recordStatus() const
{
    OutputStatus s;
    s.active = studio::remote::outputRunning(m_recordState);
    s.path = m_outputs.recordingPath();
    s.durationMs = s.active ? nowMs() - m_recordStartMs : 0;
    for (const studio::OutputSnapshot &o : m_stats.outputs) {
        if (o.name == kRecording) {
            s.bytes = o.bytes;
            s.totalFrames = o.videoFrames;
        }
    }
    return s;
}

Outcome WindowRemote::startRecord()
{
    return fromStatus(m_outputs.startRecording(), status::RequestProcessingFailed);
}

Outcome WindowRemote::stopRecord()
{
    m_outputs.stopRecording();
    return Outcome::ok();
}

Outcome WindowRemote::setRecordPaused(bool)
{
    return Outcome::fail(status::RequestProcessingFailed, QStringLiteral("Recordings cannot be paused in this version."));
}

QString WindowRemote::streamServer() const
{
    return {};  // several destinations, each with its own server; none is handed out
}

QString WindowRemote::collectionName() const
{
    const QString source = m_document.collection().sourceName;
    return source.isEmpty() ? QStringLiteral("Scenes") : QFileInfo(source).completeBaseName();
}

QList<WindowRemote::SceneInfo> WindowRemote::scenes() const
{
    QList<SceneInfo> list;
    for (const studio::CollectionScene &scene : m_document.collection().scenes)
        list.append({scene.id, scene.name});
    return list;
}

QString WindowRemote::programScene() const
{
    const studio::SceneCollection &c = m_document.collection();
    return c.scenes.value(c.programIndex()).id;
}

QString WindowRemote::previewScene() const
{
    return m_studioMode.studioMode() ? m_studioMode.previewScene() : QString();
}

bool WindowRemote::studioMode() const
{
    return m_studioMode.studioMode();
}

Outcome WindowRemote::setProgramScene(const QString &id)
{
    return fromStatus(studio::sceneedits::setProgram(m_document, id), status::ResourceNotFound);
}

Outcome WindowRemote::setPreviewScene(const QString &id)
{
    if (m_document.sceneIndex(id) < 0)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene has that id."));
    m_studioMode.setPreviewScene(id);
    return Outcome::ok();
}

Outcome WindowRemote::setStudioMode(bool enabled)
{
    m_studioMode.setStudioMode(enabled);
    return Outcome::ok();
}

Outcome WindowRemote::triggerTransition()
{
    return m_studioMode.take() ? Outcome::ok()
                               : Outcome::fail(status::CannotAct, QStringLiteral("The preview scene is already on air."));
}

QList<WindowRemote::ItemInfo> WindowRemote::sceneItems(const QString &sceneId) const
{
    QList<ItemInfo> items;
    const qsizetype index = m_document.sceneIndex(sceneId);
    if (index < 0)
        return items;
    const QList<studio::LayerDescription> &layers = m_document.collection().scenes[index].scene.layers;
    for (qsizetype i = 0; i < layers.size(); ++i)
        items.append({static_cast<int>(i + 1), layers[i].id, layers[i].kind, layers[i].visible, layers[i].locked,
                      layers[i].geometryPx, layers[i].rotation, layers[i].trim});
    return items;
}

Outcome WindowRemote::setItemEnabled(const QString &sceneId, int itemId, bool enabled)
{
    const qsizetype index = m_document.sceneIndex(sceneId);
    if (index < 0)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene has that id."));
    const QList<studio::LayerDescription> &layers = m_document.collection().scenes[index].scene.layers;
    if (itemId < 1 || itemId > layers.size())
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene item has that id in this scene."));
    const Status set = studio::layeredits::setVisible(m_document, sceneId, {layers[itemId - 1].id}, enabled);
    if (set)
        Q_EMIT itemEnabledChanged(sceneId, itemId, enabled);
    return fromStatus(set, status::ResourceActionFailed);
}

QList<WindowRemote::TransitionInfo> WindowRemote::transitions() const
{
    const int ms = m_document.collection().transition.durationMs;
    return {{QStringLiteral("Cut"), 0, true}, {QStringLiteral("Fade"), ms, false}, {QStringLiteral("Slide"), ms, false}};
}

WindowRemote::TransitionInfo WindowRemote::currentTransition() const
{
    const studio::Transition &t = m_document.collection().transition;
    switch (t.kind) {
    case studio::Transition::Kind::Cut: return {QStringLiteral("Cut"), 0, true};
    case studio::Transition::Kind::Fade: return {QStringLiteral("Fade"), t.durationMs, false};
    case studio::Transition::Kind::Slide: return {QStringLiteral("Slide"), t.durationMs, false};
    }
    return {};
}

Outcome WindowRemote::setTransition(const QString &name, std::optional<int> durationMs)
{
    auto parsed = studio::parseTransition(name.toLower());
    if (!parsed)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No transition is called that (Cut, Fade, Slide)."));
    studio::Transition t = parsed.value();
    t.durationMs = durationMs.value_or(m_document.collection().transition.durationMs);
    return fromStatus(studio::sceneedits::setTransition(m_document, QString(), t), status::RequestProcessingFailed);
}

QList<WindowRemote::InputInfo> WindowRemote::inputs() const
{
    QList<InputInfo> list;
    for (const studio::audio::MixerChannel &c : m_controller.mixerChannels())
        list.append({c.name, studio::remote::obsInputKind(c.kind), c.control->muted.load(), c.control->faderDb.load()});
    return list;
}

Outcome WindowRemote::setInputMuted(const QString &name, bool muted)
{
    for (studio::audio::ChannelSetting setting : m_controller.mixerSettings()) {
        if (setting.name != name)
            continue;
        const bool changed = setting.muted != muted;
        setting.muted = muted;
        m_controller.applyMixer({setting});
        if (changed)
            Q_EMIT inputMuteChanged(name, muted);
        return Outcome::ok();
    }
    return Outcome::fail(status::ResourceNotFound, QStringLiteral("No input is called that."));
}

Outcome WindowRemote::setInputVolumeDb(const QString &name, double db)
{
    for (studio::audio::ChannelSetting setting : m_controller.mixerSettings()) {
        if (setting.name != name)
            continue;
        setting.faderDb = std::isfinite(db) ? std::min(db, studio::audio::kMaxFaderDb) : studio::audio::kSilenceDb;
        m_controller.applyMixer({setting});
        Q_EMIT inputVolumeChanged(name, setting.faderDb);
        return Outcome::ok();
    }
    return Outcome::fail(status::ResourceNotFound, QStringLiteral("No input is called that."));
}

QList<WindowRemote::InputLevels> WindowRemote::takeLevels()
{
    QList<InputLevels> list;
    const auto board = m_controller.audioLevels();
    if (!board || m_levelsReader < 0)
        return list;
    for (const studio::audio::ChannelLevels &c : board->take(m_levelsReader).channels)
        list.append({c.name, c.muted ? 0.0 : studio::audio::dbToGain(c.rmsDbfs), c.muted ? 0.0 : studio::audio::dbToGain(c.peakDbfs),
                     studio::audio::dbToGain(c.inputPeakDbfs)});
    return list;
}

WindowRemote::Video WindowRemote::video() const
{
    const QSize canvas = m_document.collection().canvasSize;
    const encoder::VideoSettings &v = m_controller.settings().video;
    return {canvas.width(), canvas.height(), v.width, v.height, v.fps, 1};
}

WindowRemote::Stats WindowRemote::stats() const
{
    Stats s;
    s.activeFps = m_stats.fps;
    s.renderMs = m_stats.renderMs;
    s.renderSkipped = m_stats.frames.missedRender;
    s.renderTotal = m_stats.frames.rendered;
    s.outputSkipped = m_stats.frames.skippedEncode;
    s.outputTotal = m_stats.encoded;
    s.recordFolder = m_outputs.recordingPath().isEmpty() ? QString() : QFileInfo(m_outputs.recordingPath()).absolutePath();
    return s;
}

QImage WindowRemote::screenshot(const QString &sceneId) const
{
    return sceneId == programScene() ? m_controller.latestPreview() : QImage();
}

QStringList WindowRemote::actions() const
{
    return studio::remote::obsActionNames();
}

Outcome WindowRemote::triggerAction(const QString &name)
{
    using namespace studio::remote;
    if (name == kStartStreaming)
        return startStream();
    if (name == kStopStreaming)
        return stopStream();
    if (name == kStartRecording)
        return startRecord();
    if (name == kStopRecording)
        return stopRecord();
    if (name == kTransition)
        return m_studioMode.studioMode() ? triggerTransition() : Outcome::ok();
    return Outcome::fail(status::ResourceNotFound, QStringLiteral("No hotkeys were found by that name."));
}

}  // namespace vida3::app
