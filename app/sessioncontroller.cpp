// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sessioncontroller.h"

#include "app/scenes/layerkinds.h"

#include "studio/destination/platformpreset.h"
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/media/medialibrary.h"
#include "studio/media/mediaplayer.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/session/presetsettings.h"

#include <algorithm>

namespace vida3::app {

using encoder::OutputState;

namespace {
bool sameSettings(const studio::StreamSession::Settings &a, const studio::StreamSession::Settings &b)
{
    return a.video.width == b.video.width && a.video.height == b.video.height && a.video.fps == b.video.fps
        && a.video.bitrateKbps == b.video.bitrateKbps && qFuzzyCompare(a.video.keyintSec, b.video.keyintSec)
        && a.video.profile == b.video.profile && a.audio.sampleRate == b.audio.sampleRate
        && a.audio.channels == b.audio.channels && a.audio.bitrateKbps == b.audio.bitrateKbps
        && a.adaptiveBitrate == b.adaptiveBitrate && a.reconnect.firstDelayMs == b.reconnect.firstDelayMs
        && a.reconnect.maxDelayMs == b.reconnect.maxDelayMs && a.reconnect.maxAttempts == b.reconnect.maxAttempts
        && a.video.x264Preset == b.video.x264Preset && a.video.encoderKind == b.video.encoderKind
        && a.limiter == b.limiter && qFuzzyCompare(a.loudnessTargetLufs, b.loudnessTargetLufs);
}

// The overall stream state, by what matters most to the user.
OutputState overallState(const QList<OutputState> &states, OutputState ended)
{
    for (OutputState wanted : {OutputState::Live, OutputState::Reconnecting, OutputState::Connecting,
                               OutputState::Stopping}) {
        if (states.contains(wanted))
            return wanted;
    }
    return ended;
}
}  // namespace

SessionController::SessionController(studio::SceneDocument &document, SecretRedactor &redactor, QSize previewSize,
                                     QObject *parent)
    : QObject(parent), m_document(document), m_redactor(redactor), m_previewSize(previewSize),
      m_unrenderedPreview(previewSize, QImage::Format_ARGB32_Premultiplied)
{
    m_unrenderedPreview.fill(Qt::black);  // how RenderLoop starts its preview image
    const studio::SceneCollection &collection = document.collection();
    m_programId = collection.scenes.value(collection.programIndex()).id;
    m_scene = collection.renderable(collection.programIndex());
    createSession(studio::StreamSession::Settings{});
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(kEditIntervalMs);
    connect(&m_editTimer, &QTimer::timeout, this, &SessionController::applyEdit);
    connect(&document, &studio::SceneDocument::changed, this, &SessionController::onDocumentChanged);
}

QList<studio::LayerDescription> SessionController::mediaLayers() const
{
    // What makes a media channel: its id and its file (moving or resizing the layer does not).
    QList<studio::LayerDescription> media;
    for (const studio::LayerDescription &layer : m_document.collection().allLayers().layers) {
        if (layer.kind != studio::media::MediaLayer::kKind || !layer.visible)
            continue;
        studio::LayerDescription identity;
        identity.id = layer.id;
        identity.kind = layer.kind;
        identity.properties = layer.properties;
        identity.baseDirectory = layer.baseDirectory;
        media.append(identity);
    }
    return media;
}

studio::LayerFactory SessionController::layerKinds() const
{
    return allLayerKinds(m_layers.value_or(studio::LayerFactory::builtIn()));
}

void SessionController::onDocumentChanged()
{
    const studio::SceneCollection &collection = m_document.collection();
    const qsizetype index = collection.programIndex();
    const studio::Scene scene = collection.renderable(index);
    const QString programId = collection.scenes.value(index).id;
    const bool switched = programId != m_programId;
    const bool edited = scene.layers != m_scene.layers;
    m_programId = programId;
    m_scene = scene;
    if (mediaLayers() != m_sessionMedia) {
        // A media file is a mixer channel: a new session opens it (now when idle).
        m_sceneChanged = true;
        applySettings(m_pendingSettings.value_or(m_session->settings()));
        if (!m_sceneChanged)
            return;
    }
    if (switched) {
        m_editTimer.stop();
        m_session->switchProgram(scene, collection.transitionTo(index), collection.scenes.value(index).name);
    } else if (edited && !m_editTimer.isActive()) {
        // Edits of the scene on air (a drag sends one per mouse move) reach the picture at most
        // once a frame: each builds the scene's layers anew.
        m_editTimer.start();
    }
}

void SessionController::applyEdit()
{
    const studio::SceneCollection &collection = m_document.collection();
    const qsizetype index = collection.programIndex();
    if (collection.scenes.value(index).id != m_programId)
        return;  // a switch went out meanwhile, with the latest scene
    m_session->switchProgram(collection.renderable(index), studio::Transition{studio::Transition::Kind::Cut, 0},
                             collection.scenes.value(index).name);
}

// The session's destructor joins its threads; by then everything was asked to stop.
SessionController::~SessionController() = default;

void SessionController::createSession(const studio::StreamSession::Settings &settings)
{
    studio::StreamSession::Settings s = settings;
    s.previewSize = m_previewSize;
    if (m_layers) {
        s.layers = *m_layers;
        s.audioInput = m_audioInput;
    }
    studio::audio::OpenedCaptures opened = studio::audio::openCaptures(m_captures, s.audio.sampleRate, s.audio.channels);
    s.audioCaptures = std::move(opened.channels);
    m_captureProblems = opened.problems;
    // Screens, cameras and media files: capture threads start with the render loop's layers;
    // media files open here, and one that cannot shows a slate (and says why) instead.
    studio::media::registerCaptureKinds(s.layers, s.video.fps);
    m_sessionMedia = mediaLayers();
    m_media = studio::media::MediaLibrary::open(m_document.collection().allLayers(),
                                                {s.video.fps, s.audio.sampleRate, s.audio.channels});
    studio::media::MediaLayer::registerKind(s.layers, m_media);
    s.mediaChannels = m_media->channels();
    m_captureProblems.append(m_media->problems());
    // The creator's faders and mutes outlive a session, and a channel missing from one.
    s.mixer = mixerSettings();
    for (const studio::audio::ChannelSetting &setting : std::as_const(s.mixer))
        m_mixerMemory.insert(setting.name, setting);
    m_sceneChanged = false;
    m_handoverPreview = m_session ? latestPreview() : QImage();
    m_awaitingFirstFrame = true;
    m_session.reset();  // stops the old render thread before the new one starts
    s.programName = m_document.collection().scenes.value(m_document.collection().programIndex()).name;
    m_session = std::make_unique<studio::StreamSession>(m_scene, s, m_redactor);
    connect(m_session.get(), &studio::StreamSession::outputStateChanged, this, &SessionController::onOutputState);
    connect(m_session.get(), &studio::StreamSession::statsUpdated, this, &SessionController::statsUpdated);
    connect(m_session.get(), &studio::StreamSession::encoderFailed, this, &SessionController::encoderFailed);
    connect(m_session.get(), &studio::StreamSession::encoderNotice, this, &SessionController::encoderNotice);
    connect(m_session.get(), &studio::StreamSession::recordingPausedChanged, this,
            &SessionController::recordingPausedChanged);
    connect(m_session.get(), &studio::StreamSession::allStopped, this, &SessionController::onAllStopped);
    m_session->startRendering();
    Q_EMIT sessionChanged();
}

void SessionController::applyPreset(const studio::PlatformPreset &preset)
{
    studio::StreamSession::Settings wanted = studio::settingsForPreset(preset);
    wanted.reconnect = m_session->settings().reconnect;
    wanted.adaptiveBitrate = m_session->settings().adaptiveBitrate;
    applySettings(wanted);
}

void SessionController::applySettings(const studio::StreamSession::Settings &wanted)
{
    if (sameSettings(wanted, m_session->settings()) && !m_sceneChanged) {
        m_pendingSettings.reset();
        return;
    }
    if (isBusy()) {
        m_pendingSettings = wanted;
        return;
    }
    createSession(wanted);
}

void SessionController::useBrowserInputs(studio::LayerFactory layers, std::shared_ptr<studio::AudioInput> audioInput)
{
    m_layers = std::move(layers);
    m_audioInput = std::move(audioInput);
    m_sceneChanged = true;
    applySettings(m_pendingSettings.value_or(m_session->settings()));
}

void SessionController::applyMixer(const QList<studio::audio::ChannelSetting> &settings)
{
    for (const studio::audio::ChannelSetting &setting : settings) {
        m_mixerMemory.insert(setting.name, setting);
        for (const studio::audio::MixerChannel &c : m_session->channels()) {
            if (c.name == setting.name) {
                c.control->faderDb = setting.faderDb;
                c.control->muted = setting.muted;
                c.control->syncOffsetMs = setting.syncOffsetMs;
                c.control->filters.set(setting.filters);
            }
        }
    }
}

QList<studio::audio::ChannelSetting> SessionController::mixerSettings() const
{
    QHash<QString, studio::audio::ChannelSetting> all = m_mixerMemory;
    if (m_session) {
        for (const studio::audio::MixerChannel &c : m_session->channels())
            all.insert(c.name, {c.name, c.control->faderDb.load(), c.control->muted.load(), c.control->syncOffsetMs.load(),
                                c.control->filters.get()});
    }
    QList<studio::audio::ChannelSetting> out;
    const QList<studio::LayerDescription> media = mediaLayers();
    for (const studio::audio::ChannelSetting &setting : std::as_const(all)) {
        const bool captured = std::any_of(m_captures.begin(), m_captures.end(),
                                          [&](const studio::audio::NamedCapture &c) { return c.name == setting.name; });
        const bool isMedia = std::any_of(media.begin(), media.end(), [&](const studio::LayerDescription &d) {
            return d.id == setting.name;
        });
        if (captured || isMedia || setting.name == u"tone" || setting.name == u"browser")
            out.append(setting);
    }
    return out;
}

void SessionController::useAudioCaptures(QList<studio::audio::NamedCapture> captures)
{
    // A channel taken out forgets its fader: a new one under that name starts at 0 dB.
    for (const studio::audio::NamedCapture &old : std::as_const(m_captures)) {
        if (std::none_of(captures.begin(), captures.end(), [&](const auto &c) { return c.name == old.name; }))
            m_mixerMemory.remove(old.name);
    }
    m_captures = std::move(captures);
    m_sceneChanged = true;
    applySettings(m_pendingSettings.value_or(m_session->settings()));
}

std::shared_ptr<studio::media::MediaPlayer> SessionController::mediaPlayer(const QString &layerId) const
{
    return m_media ? m_media->player(layerId) : nullptr;
}

Status SessionController::goLive(const studio::StreamDestination &destination)
{
    Status started = m_session->goLive(destination);
    if (started)
        setDestinationState(destination.name, OutputState::Connecting, {});
    return started;
}

void SessionController::stopLive()
{
    if (!m_session->isLive())
        return;
    ++m_stopsPending;
    m_session->stopLive();
}

void SessionController::stopDestination(const QString &name)
{
    if (!m_session->isLive(name))
        return;
    ++m_stopsPending;
    m_session->stopDestination(name);
}

void SessionController::reconnectNow(const QString &name)
{
    m_session->reconnectNow(name);
}

OutputState SessionController::destinationState(const QString &name) const
{
    return m_destinationStates.value(name, OutputState::Idle);
}

void SessionController::setDestinationState(const QString &name, OutputState state, const Error &error)
{
    m_destinationStates.insert(name, state);
    Q_EMIT destinationStateChanged(name, state, error);
    const OutputState overall = overallState(m_destinationStates.values(), state);
    // A failure is news even while another destination stays live: the status line says why.
    if (overall != m_streamState || (state == OutputState::Failed && !isActive(overall))) {
        m_streamState = overall;
        Q_EMIT streamStateChanged(overall, isActive(overall) ? Error{} : error);
    }
}

Status SessionController::startRecording(const QString &path)
{
    Status started = m_session->startRecording(path);
    if (started) {
        m_recordingState = OutputState::Connecting;
        Q_EMIT recordingStateChanged(m_recordingState, {});
    }
    return started;
}

void SessionController::stopRecording()
{
    if (!m_session->isRecording())
        return;
    ++m_stopsPending;
    m_session->stopRecording();
}

void SessionController::stopAll()
{
    ++m_stopsPending;
    m_session->stopAll();
}

bool SessionController::isActive(OutputState state)
{
    return state == OutputState::Connecting || state == OutputState::Live || state == OutputState::Reconnecting
        || state == OutputState::Stopping;
}

bool SessionController::isBusy() const
{
    return m_session->hasOutputs() || m_stopsPending > 0 || isActive(m_streamState) || isActive(m_recordingState);
}

QImage SessionController::latestPreview() const
{
    QImage frame = m_session->latestPreview();
    if (m_awaitingFirstFrame) {
        if (frame == m_unrenderedPreview)
            return m_handoverPreview;
        m_awaitingFirstFrame = false;
        m_handoverPreview = QImage();
    }
    return frame;
}

void SessionController::onOutputState(const QString &name, OutputState state, const Error &error)
{
    if (name == kRecordingOutputName) {
        m_recordingState = state;
        Q_EMIT recordingStateChanged(state, error);
    } else {
        setDestinationState(name, state, error);
    }
}

void SessionController::onAllStopped()
{
    m_stopsPending = 0;
    // An output that never reported its end is over now.
    const QStringList names = m_destinationStates.keys();
    for (const QString &name : names) {
        if (isActive(m_destinationStates.value(name)))
            setDestinationState(name, OutputState::Stopped, {});
    }
    if (isActive(m_recordingState)) {
        m_recordingState = OutputState::Stopped;
        Q_EMIT recordingStateChanged(m_recordingState, {});
    }
    if (m_pendingSettings && !isBusy()) {
        const studio::StreamSession::Settings settings = *m_pendingSettings;
        m_pendingSettings.reset();
        // Not from inside the old session's own signal: it is destroyed by the switch.
        QMetaObject::invokeMethod(this, [this, settings] {
            if (!isBusy())
                createSession(settings);
            else
                m_pendingSettings = settings;
        }, Qt::QueuedConnection);
    }
    Q_EMIT allStopped();
}

}  // namespace vida3::app
