// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/remote/windowremote.h"

#include "app/outputcontrols.h"
#include "app/scenes/studiomode.h"
#include "app/sessioncontroller.h"
#include "studio/audio/decibels.h"
#include "studio/remote/obsnames.h"
#include "studio/remote/remoteprotocol.h"
#include "studio/remote/sessionviews.h"
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
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}  // namespace

WindowRemote::WindowRemote(SessionController &controller, studio::SceneDocument &document, StudioModePanel &studioMode,
                           OutputControls &outputs, QObject *parent)
    : RemoteStudio(parent), m_controller(controller), m_document(document), m_studioMode(studioMode), m_outputs(outputs)
{
    (void)m_stream.update(controller.streamState(), nowMs());
    (void)m_record.update(controller.recordingState(), nowMs());
    connect(&controller, &SessionController::streamStateChanged, this, [this](encoder::OutputState state, const Error &) {
        for (const studio::remote::ObsOutputEvent &e : m_stream.update(state, nowMs()))
            Q_EMIT streamStateChanged(e.active, e.state);
    });
    connect(&controller, &SessionController::recordingStateChanged, this, [this](encoder::OutputState state, const Error &) {
        for (const studio::remote::ObsOutputEvent &e : m_record.update(state, nowMs())) {
            const bool withPath = e.state.endsWith(u"STARTED") || e.state.endsWith(u"STOPPED");
            Q_EMIT recordStateChanged(e.active, e.state, withPath ? m_outputs.recordingPath() : QString());
        }
    });
    connect(&controller, &SessionController::recordingPausedChanged, this, [this](bool paused) {
        for (const studio::remote::ObsOutputEvent &e : m_record.pause(paused, nowMs()))
            Q_EMIT recordStateChanged(e.active, e.state, QString());
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
    return studio::remote::streamStatusOf(m_stats, m_stream, nowMs());
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
    return studio::remote::recordStatusOf(m_stats, m_record, nowMs(), m_outputs.recordingPath());
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

Outcome WindowRemote::setRecordPaused(bool paused)
{
    if (Status s = m_outputs.setRecordingPaused(paused); !s)
        return Outcome::fail(status::RequestProcessingFailed, s.error().detail);
    return Outcome::ok();
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
    m_studioMode.setStudioMode(enabled);  // the panel says which scene it previews
    return Outcome::ok();
}

Outcome WindowRemote::triggerTransition()
{
    return m_studioMode.take() ? Outcome::ok()
                               : Outcome::fail(status::CannotAct, QStringLiteral("The preview scene is already on air."));
}

QList<WindowRemote::ItemInfo> WindowRemote::sceneItems(const QString &sceneId) const
{
    const qsizetype index = m_document.sceneIndex(sceneId);
    return index < 0 ? QList<ItemInfo>() : studio::remote::itemsOf(m_document.collection().scenes[index].scene.layers);
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
    return studio::remote::transitionsOf(m_document.collection().transition);
}

WindowRemote::TransitionInfo WindowRemote::currentTransition() const
{
    return studio::remote::transitionInfo(m_document.collection().transition);
}

Outcome WindowRemote::setTransition(const QString &name, std::optional<int> durationMs)
{
    const std::optional<studio::Transition> t = studio::remote::transitionNamed(name, m_document.collection().transition, durationMs);
    if (!t)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No transition is called that (Cut, Fade, Slide)."));
    return fromStatus(studio::sceneedits::setTransition(m_document, QString(), *t), status::RequestProcessingFailed);
}

QList<WindowRemote::InputInfo> WindowRemote::inputs() const
{
    return studio::remote::inputsOf(m_controller.mixerChannels());
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
    const auto board = m_controller.audioLevels();
    if (!board || m_levelsReader < 0)
        return {};
    return studio::remote::levelsOf(board->take(m_levelsReader));
}

WindowRemote::Video WindowRemote::video() const
{
    const QSize canvas = m_document.collection().canvasSize;
    const encoder::VideoSettings &v = m_controller.settings().video;
    return {canvas.width(), canvas.height(), v.width, v.height, v.fps, 1};
}

WindowRemote::Stats WindowRemote::stats() const
{
    return studio::remote::statsOf(m_stats, m_outputs.recordingPath());
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
    if (name == kPauseRecording || name == kUnpauseRecording)
        return m_controller.isRecordingPaused() == (name == kPauseRecording) ? Outcome::ok()
                                                                           : setRecordPaused(name == kPauseRecording);
    if (name == kTransition)
        return m_studioMode.studioMode() ? triggerTransition() : Outcome::ok();
    return Outcome::fail(status::ResourceNotFound, QStringLiteral("No hotkeys were found by that name."));
}

}  // namespace vida3::app
