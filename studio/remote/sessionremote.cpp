// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/sessionremote.h"

#include "studio/audio/decibels.h"
#include "studio/remote/obsnames.h"
#include "studio/remote/remoteprotocol.h"

#include <QFileInfo>

#include <cmath>

namespace vida3::studio::remote {

namespace {
const QString kRecording = QStringLiteral("recording");
}  // namespace

SessionRemote::SessionRemote(StreamSession &session, SceneCollection collection, QList<StreamDestination> destinations,
                             QString recordPath, QObject *parent)
    : RemoteStudio(parent), m_session(session), m_collection(std::move(collection)),
      m_destinations(std::move(destinations)), m_recordPath(std::move(recordPath))
{
    const qsizetype on = m_collection.indexOf(session.programName());
    m_programId = m_collection.scenes.value(on < 0 ? m_collection.programIndex() : on).id;
    m_levelsReader = session.levels() ? session.levels()->addReader() : -1;
    connect(&session, &StreamSession::outputStateChanged, this,
            [this](const QString &name, encoder::OutputState state, const Error &) { onOutputState(name, state); });
    connect(&session, &StreamSession::statsUpdated, this, [this](const SessionStats &stats) { m_stats = stats; });
    connect(&session, &StreamSession::programChanged, this, &SessionRemote::onProgramChanged);
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
    if (name == kRecording) {
        const encoder::OutputState before = m_recordState;
        m_recordState = state;
        for (const ObsOutputEvent &e : recordEvents(before, state)) {
            const bool withPath = e.state.endsWith(u"STARTED") || e.state.endsWith(u"STOPPED");
            Q_EMIT recordStateChanged(e.active, e.state, withPath ? recordStatus().path : QString());
        }
        return;
    }
    const encoder::OutputState before = m_streamState;
    m_streamState = streamAggregate();
    for (const ObsOutputEvent &e : streamEvents(before, m_streamState))
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
    OutputStatus status;
    status.active = outputRunning(m_streamState);
    status.reconnecting = m_streamState == encoder::OutputState::Reconnecting;
    status.durationMs = status.active && m_streamClock.isValid() ? m_streamClock.elapsed() : 0;
    for (const OutputSnapshot &o : m_stats.outputs) {
        if (o.name == kRecording)
            continue;
        status.bytes += o.bytes;
        status.skippedFrames += o.droppedNetwork;
        status.totalFrames = std::max(status.totalFrames, o.videoFrames + o.droppedNetwork);
        status.congestion = std::max(status.congestion, o.congestion);
    }
    return status;
}

Outcome SessionRemote::startStream()
{
    if (m_destinations.isEmpty())
        return Outcome::fail(status::OutputDisabled, QStringLiteral("This run has no stream destination (--stream or --destination)."));
    m_streamClock.start();
    for (const StreamDestination &destination : std::as_const(m_destinations)) {
        if (Status s = m_session.goLive(destination); !s)
            return Outcome::fail(status::RequestProcessingFailed, s.error().detail);
    }
    return Outcome::ok();
}

Outcome SessionRemote::stopStream()
{
    m_session.stopLive();
    return Outcome::ok();
}

RemoteStudio::OutputStatus SessionRemote::recordStatus() const
{
    OutputStatus status;
    status.active = outputRunning(m_recordState);
    status.path = m_recordPath.isEmpty() ? QString() : QFileInfo(m_recordPath).absoluteFilePath();
    status.durationMs = status.active && m_recordClock.isValid() ? m_recordClock.elapsed() : 0;
    for (const OutputSnapshot &o : m_stats.outputs) {
        if (o.name == kRecording) {
            status.bytes = o.bytes;
            status.totalFrames = o.videoFrames;
        }
    }
    return status;
}

Outcome SessionRemote::startRecord()
{
    if (m_recordPath.isEmpty())
        return Outcome::fail(status::OutputDisabled, QStringLiteral("This run has no recording file (--record)."));
    m_recordClock.start();
    if (Status s = m_session.startRecording(m_recordPath); !s)
        return Outcome::fail(status::RequestProcessingFailed, s.error().detail);
    return Outcome::ok();
}

Outcome SessionRemote::stopRecord()
{
    m_session.stopRecording();
    return Outcome::ok();
}

Outcome SessionRemote::setRecordPaused(bool)
{
    return Outcome::fail(status::RequestProcessingFailed, QStringLiteral("Recordings cannot be paused in this version."));
}

QString SessionRemote::streamServer() const
{
    return m_destinations.isEmpty() ? QString() : m_destinations.first().serverUrl;
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
    if (enabled)
        m_previewId = m_programId;
    Q_EMIT studioModeChanged(enabled);
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
    QList<ItemInfo> items;
    const qsizetype index = sceneIndex(sceneId);
    if (index < 0)
        return items;
    const QList<LayerDescription> &layers = m_collection.scenes[index].scene.layers;
    for (qsizetype i = 0; i < layers.size(); ++i)
        items.append({static_cast<int>(i + 1), layers[i].id, layers[i].kind, layers[i].visible, layers[i].locked,
                      layers[i].geometryPx, layers[i].rotation, layers[i].trim});
    return items;
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
    const int ms = m_collection.transition.durationMs;
    return {{QStringLiteral("Cut"), 0, true}, {QStringLiteral("Fade"), ms, false}, {QStringLiteral("Slide"), ms, false}};
}

RemoteStudio::TransitionInfo SessionRemote::currentTransition() const
{
    const Transition &t = m_collection.transition;
    switch (t.kind) {
    case Transition::Kind::Cut: return {QStringLiteral("Cut"), 0, true};
    case Transition::Kind::Fade: return {QStringLiteral("Fade"), t.durationMs, false};
    case Transition::Kind::Slide: return {QStringLiteral("Slide"), t.durationMs, false};
    }
    return {};
}

Outcome SessionRemote::setTransition(const QString &name, std::optional<int> durationMs)
{
    const QString lower = name.toLower();
    Transition t = m_collection.transition;
    if (lower == u"cut")
        t.kind = Transition::Kind::Cut;
    else if (lower == u"fade")
        t.kind = Transition::Kind::Fade;
    else if (lower == u"slide")
        t.kind = Transition::Kind::Slide;
    else
        return Outcome::fail(status::ResourceNotFound, QStringLiteral("No transition is called that (Cut, Fade, Slide)."));
    if (durationMs)
        t.durationMs = *durationMs;
    m_collection.transition = t;
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
    QList<InputInfo> list;
    for (const audio::MixerChannel &c : m_session.channels())
        list.append({c.name, obsInputKind(c.kind), c.control->muted.load(), c.control->faderDb.load()});
    return list;
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
    QList<InputLevels> list;
    if (m_levelsReader < 0 || !m_session.levels())
        return list;
    const audio::AudioLevels levels = m_session.levels()->take(m_levelsReader);
    // Like OBS, a muted channel's levels after the fader are silence; its input peak still shows.
    for (const audio::ChannelLevels &c : levels.channels)
        list.append({c.name, c.muted ? 0.0 : audio::dbToGain(c.rmsDbfs), c.muted ? 0.0 : audio::dbToGain(c.peakDbfs),
                     audio::dbToGain(c.inputPeakDbfs)});
    return list;
}

RemoteStudio::Video SessionRemote::video() const
{
    const StreamSession::Settings &s = m_session.settings();
    return {m_collection.canvasSize.width(), m_collection.canvasSize.height(), s.video.width, s.video.height, s.video.fps, 1};
}

RemoteStudio::Stats SessionRemote::stats() const
{
    Stats s;
    s.activeFps = m_stats.fps;
    s.renderMs = m_stats.renderMs;
    s.renderSkipped = m_stats.frames.missedRender;
    s.renderTotal = m_stats.frames.rendered;
    s.outputSkipped = m_stats.frames.skippedEncode;
    s.outputTotal = m_stats.encoded;
    s.recordFolder = m_recordPath.isEmpty() ? QString() : QFileInfo(m_recordPath).absolutePath();
    return s;
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
    if (name == kTransition)
        return m_studioMode ? triggerTransition() : Outcome::ok();
    return Outcome::fail(status::ResourceNotFound, QStringLiteral("No hotkeys were found by that name."));
}

}  // namespace vida3::studio::remote
