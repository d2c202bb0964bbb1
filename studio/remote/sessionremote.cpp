// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/sessionremote.h"

#include "studio/audio/decibels.h"
#include "studio/remote/obsnames.h"
#include "studio/remote/remoteprotocol.h"
#include "studio/remote/requestfields.h"
#include "studio/remote/sessionviews.h"

#include <QFileInfo>

#include <cmath>

namespace vida3::studio::remote {


SessionRemote::SessionRemote(StreamSession &session, SceneCollection collection, QList<StreamDestination> destinations,
                             QString recordPath, QObject *parent)
    : RemoteStudio(parent), m_session(session), m_collection(std::move(collection)),
      m_destinations(std::move(destinations)), m_recordPath(std::move(recordPath))
{
    const qsizetype on = m_collection.indexOf(session.programName());
    m_programId = m_collection.scenes.value(on < 0 ? m_collection.programIndex() : on).id;
    m_levelsReader = session.levels() ? session.levels()->addReader() : -1;
    m_clock.start();
    connect(&session, &StreamSession::outputStateChanged, this,
            [this](const QString &name, encoder::OutputState state, const Error &) { onOutputState(name, state); });
    connect(&session, &StreamSession::statsUpdated, this, [this](const SessionStats &stats) { m_stats = stats; });
    connect(&session, &StreamSession::programChanged, this, &SessionRemote::onProgramChanged);
    connect(&session, &StreamSession::recordingPausedChanged, this, [this](bool paused) {
        for (const ObsOutputEvent &e : m_record.pause(paused, m_clock.elapsed()))
            Q_EMIT recordStateChanged(e.active, e.state, QString());
    });
}

encoder::OutputState SessionRemote::streamAggregate() const
{
    using S = encoder::OutputState;
    bool connecting = false;
    bool reconnecting = false;
    bool stopping = false;
    for (const StreamDestination &d : m_destinations) {
        const S s = m_states.value(d.name, S::Idle);
        if (s == S::Live)
            return S::Live;
        reconnecting = reconnecting || s == S::Reconnecting;
        connecting = connecting || s == S::Connecting;
        stopping = stopping || s == S::Stopping;
    }
    if (reconnecting)
        return S::Reconnecting;
    if (connecting)
        return S::Connecting;
    return stopping ? S::Stopping : S::Stopped;
}

void SessionRemote::onOutputState(const QString &name, encoder::OutputState state)
{
    m_states.insert(name, state);
    if (name == kRecordingOutput) {
        for (const ObsOutputEvent &e : m_record.update(state, m_clock.elapsed())) {
            const bool withPath = e.state.endsWith(u"STARTED") || e.state.endsWith(u"STOPPED");
            Q_EMIT recordStateChanged(e.active, e.state, withPath ? recordStatus().path : QString());
        }
        return;
    }
    for (const ObsOutputEvent &e : m_stream.update(streamAggregate(), m_clock.elapsed()))
        Q_EMIT streamStateChanged(e.active, e.state);
}

void SessionRemote::onProgramChanged(const QString &name)
{
    const qsizetype index = m_collection.indexOf(name);
    if (index < 0)
        return;
    m_programId = m_collection.scenes.at(index).id;
    Q_EMIT programSceneChanged(m_programId);
}

RemoteStudio::OutputStatus SessionRemote::streamStatus() const
{
    return streamStatusOf(m_stats, m_stream, m_clock.elapsed());
}

Outcome SessionRemote::startStream()
{
    if (m_exiting)
        return Outcome::fail(status::CannotAct, QStringLiteral("The studio is stopping."));
    if (m_destinations.isEmpty())
        return Outcome::fail(status::OutputDisabled, QStringLiteral("This run has no stream destination (--stream or --destination)."));
    // Every destination is tried; the start counts when one of them starts.
    QStringList problems;
    int started = 0;
    for (const StreamDestination &destination : std::as_const(m_destinations)) {
        if (m_session.isLive(destination.name)) {
            ++started;
            continue;
        }
        if (Status s = m_session.goLive(destination); !s)
            problems.append(s.error().detail);
        else
            ++started;
    }
    return started > 0 ? Outcome::ok() : Outcome::fail(status::RequestProcessingFailed, problems.join(QStringLiteral("; ")));
}

Outcome SessionRemote::stopStream()
{
    m_session.stopLive();
    return Outcome::ok();
}

RemoteStudio::OutputStatus SessionRemote::recordStatus() const
{
    return recordStatusOf(m_stats, m_record, m_clock.elapsed(), m_recordPath);
}

Outcome SessionRemote::startRecord()
{
    if (m_exiting)
        return Outcome::fail(status::CannotAct, QStringLiteral("The studio is stopping."));
    if (m_recordPath.isEmpty())
        return Outcome::fail(status::OutputDisabled, QStringLiteral("This run has no recording file (--record)."));
    if (Status s = m_session.startRecording(m_recordPath); !s)
        return Outcome::fail(status::RequestProcessingFailed, s.error().detail);
    return Outcome::ok();
}

Outcome SessionRemote::stopRecord()
{
    m_session.stopRecording();
    return Outcome::ok();
}

Outcome SessionRemote::setRecordPaused(bool paused)
{
    if (!m_session.isRecording())
        return Outcome::fail(status::OutputNotRunning, QStringLiteral("Nothing is being recorded."));
    if (Status s = m_session.setRecordingPaused(paused); !s)
        return Outcome::fail(status::RequestProcessingFailed, s.error().detail);
    return Outcome::ok();
}

QString SessionRemote::streamServer() const
{
    return m_destinations.isEmpty() ? QString() : publicServerUrl(m_destinations.first().serverUrl);
}

QString SessionRemote::collectionName() const
{
    return m_collection.sourceName.isEmpty() ? QStringLiteral("VIDA³") : QFileInfo(m_collection.sourceName).completeBaseName();
}

QList<RemoteStudio::SceneInfo> SessionRemote::scenes() const
{
    QList<SceneInfo> list;
    for (const CollectionScene &scene : m_collection.scenes)
        list.append({scene.id, scene.name});
    return list;
}

qsizetype SessionRemote::sceneIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_collection.scenes.size(); ++i) {
        if (m_collection.scenes[i].id == id)
            return i;
    }
    return -1;
}

QString SessionRemote::programScene() const
{
    return m_programId;
}

QString SessionRemote::previewScene() const
{
    return m_studioMode ? m_previewId : QString();
}

Outcome SessionRemote::setProgramScene(const QString &id)
{
    const qsizetype index = sceneIndex(id);
    if (index < 0)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene has that id."));
    m_session.switchProgram(m_collection.renderable(index), m_collection.transitionTo(index), m_collection.scenes[index].name);
    return Outcome::ok();
}

Outcome SessionRemote::setPreviewScene(const QString &id)
{
    if (sceneIndex(id) < 0)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene has that id."));
    m_previewId = id;
    Q_EMIT previewSceneChanged(id);
    return Outcome::ok();
}

Outcome SessionRemote::setStudioMode(bool enabled)
{
    if (enabled == m_studioMode)
        return Outcome::ok();
    m_studioMode = enabled;
    Q_EMIT studioModeChanged(enabled);
    if (enabled) {
        m_previewId = m_programId;
        Q_EMIT previewSceneChanged(m_previewId);
    }
    return Outcome::ok();
}

Outcome SessionRemote::triggerTransition()
{
    const QString outgoing = m_programId;
    Outcome switched = setProgramScene(m_previewId);
    if (switched.isOk() && outgoing != m_previewId) {
        m_previewId = outgoing;  // like OBS: the scene that went off air comes to the preview
        Q_EMIT previewSceneChanged(outgoing);
    }
    return switched;
}

QList<RemoteStudio::ItemInfo> SessionRemote::sceneItems(const QString &sceneId) const
{
    const qsizetype index = sceneIndex(sceneId);
    return index < 0 ? QList<ItemInfo>() : itemsOf(m_collection.scenes[index].scene.layers);
}

Outcome SessionRemote::setItemEnabled(const QString &sceneId, int itemId, bool enabled)
{
    const qsizetype index = sceneIndex(sceneId);
    if (index < 0)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene has that id."));
    QList<LayerDescription> &layers = m_collection.scenes[index].scene.layers;
    if (itemId < 1 || itemId > layers.size())
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene item has that id in this scene."));
    layers[itemId - 1].visible = enabled;
    if (sceneId == m_programId)
        m_session.switchProgram(m_collection.renderable(index), Transition{Transition::Kind::Cut, 0}, m_collection.scenes[index].name);
    Q_EMIT itemEnabledChanged(sceneId, itemId, enabled);
    return Outcome::ok();
}

QList<RemoteStudio::TransitionInfo> SessionRemote::transitions() const
{
    return transitionsOf(m_collection.transition);
}

RemoteStudio::TransitionInfo SessionRemote::currentTransition() const
{
    return transitionInfo(m_collection.transition);
}

Outcome SessionRemote::setTransition(const QString &name, std::optional<int> durationMs)
{
    const std::optional<Transition> t = transitionNamed(name, m_collection.transition, durationMs);
    if (!t)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No transition is called that (Cut, Fade, Slide)."));
    m_collection.transition = *t;
    Q_EMIT transitionChanged(currentTransition().name);
    return Outcome::ok();
}

const audio::MixerChannel *SessionRemote::channel(const QString &name) const
{
    for (const audio::MixerChannel &c : m_session.channels()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<RemoteStudio::InputInfo> SessionRemote::inputs() const
{
    return inputsOf(m_session.channels());
}

Outcome SessionRemote::setInputMuted(const QString &name, bool muted)
{
    const audio::MixerChannel *c = channel(name);
    if (!c)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No input is called that."));
    if (c->control->muted.exchange(muted) != muted)
        Q_EMIT inputMuteChanged(name, muted);
    return Outcome::ok();
}

Outcome SessionRemote::setInputVolumeDb(const QString &name, double db)
{
    const audio::MixerChannel *c = channel(name);
    if (!c)
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No input is called that."));
    const double fader = std::isfinite(db) ? std::min(db, audio::kMaxFaderDb) : audio::kSilenceDb;
    c->control->faderDb.store(fader);
    Q_EMIT inputVolumeChanged(name, fader);
    return Outcome::ok();
}

QList<RemoteStudio::InputLevels> SessionRemote::takeLevels()
{
    if (m_levelsReader < 0 || !m_session.levels())
        return {};
    return levelsOf(m_session.levels()->take(m_levelsReader));
}

RemoteStudio::Video SessionRemote::video() const
{
    const StreamSession::Settings &s = m_session.settings();
    return {m_collection.canvasSize.width(), m_collection.canvasSize.height(), s.video.width, s.video.height, s.video.fps, 1};
}

RemoteStudio::Stats SessionRemote::stats() const
{
    return statsOf(m_stats, m_recordPath);
}

QImage SessionRemote::screenshot(const QString &sceneId) const
{
    if (sceneId != m_programId)
        return {};
    return m_session.latestPreview();
}

QStringList SessionRemote::actions() const
{
    return obsActionNames();
}

Outcome SessionRemote::triggerAction(const QString &name)
{
    if (name == kStartStreaming)
        return streamStatus().active ? Outcome::ok() : startStream();
    if (name == kStopStreaming)
        return stopStream();
    if (name == kStartRecording)
        return recordStatus().active ? Outcome::ok() : startRecord();
    if (name == kStopRecording)
        return stopRecord();
    if (name == kPauseRecording || name == kUnpauseRecording)
        return m_session.isRecording() ? setRecordPaused(name == kPauseRecording) : Outcome::ok();
    if (name == kTransition)
        return m_studioMode ? triggerTransition() : Outcome::ok();
    return Outcome::fail(status::ResourceNotFound, QStringLiteral("No hotkeys were found by that name."));
}

}  // namespace vida3::studio::remote
