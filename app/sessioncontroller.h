// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "encoder/output.h"
#include "studio/audio/capturechannels.h"
#include "studio/session/streamsession.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace vida3 {
class SecretRedactor;
}

namespace vida3::studio {
struct PlatformPreset;
class SceneDocument;
}

namespace vida3::studio::media {
class MediaLibrary;
class MediaPlayer;
}  // namespace vida3::studio::media

namespace vida3::app {

// StreamSession names its recording output so.
inline constexpr QStringView kRecordingOutputName = u"recording";

// Owns the StreamSession the window drives: keeps it rendering for the preview, recreates it
// when the settings change while nothing runs, and reports each destination's, the streams'
// overall and the recording's states. Stopping is asynchronous: allStopped() says when it is done.
class SessionController : public QObject
{
    Q_OBJECT

public:
    // Renders the document's programme scene, and follows the document: a switch of the programme
    // runs its transition, an edit of the scene on air shows at once (live too). Only a change of
    // the media files (they are mixer channels) waits for a new session: at once when idle, else
    // when everything has stopped.
    SessionController(studio::SceneDocument &document, SecretRedactor &redactor, QSize previewSize,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // Uses the preset's encoder settings; the session is recreated at once when idle, or as
    // soon as everything has stopped.
    void applyPreset(const studio::PlatformPreset &preset);
    // The same for settings already fitted to every destination (encode, reconnect, adaptive).
    void applySettings(const studio::StreamSession::Settings &settings);

    // Several destinations may be live at once, each under its own name.
    Status goLive(const studio::StreamDestination &destination);
    void stopLive();
    void stopDestination(const QString &name);
    void reconnectNow(const QString &name);
    Status startRecording(const QString &path);
    void stopRecording();
    // See StreamSession::setRecordingPaused.
    Status setRecordingPaused(bool paused) { return m_session->setRecordingPaused(paused); }
    bool isRecordingPaused() const { return m_session->isRecordingPaused(); }
    // Stops everything; allStopped() follows (at once when nothing runs).
    void stopAll();

    // Something is live, recording or still tearing down.
    bool isBusy() const;
    // Over every destination: Live when one is, else Reconnecting, Connecting or Stopping; once
    // none runs, how the last one ended.
    encoder::OutputState streamState() const { return m_streamState; }
    encoder::OutputState destinationState(const QString &name) const;
    encoder::OutputState recordingState() const { return m_recordingState; }
    QImage latestPreview() const;
    const studio::StreamSession::Settings &settings() const { return m_session->settings(); }
    // The session's latest statistics (after allStopped(): every output's final counts).
    studio::SessionStats sessionStats() const { return m_session->stats(); }

    // Browser sources: every session from now on builds its layers with layers and mixes
    // audioInput (the relay's factory and hub); recreated at once when idle.
    void useBrowserInputs(studio::LayerFactory layers, std::shared_ptr<studio::AudioInput> audioInput);
    // Microphones and desktop audio: every session from now on opens these at its own sample
    // format (faders and mutes carry over by channel name); recreated at once when idle, else
    // once everything stopped. One that cannot be opened is left out of that session and tried
    // again with the next; captureProblems() says why.
    void useAudioCaptures(QList<studio::audio::NamedCapture> captures);
    const QList<studio::audio::NamedCapture> &audioCaptures() const { return m_captures; }
    const QList<Error> &captureProblems() const { return m_captureProblems; }
    // Faders and mutes by channel name: set now on the running channels, and kept for every
    // later session, also for a channel that is missing from one (unplugged) and comes back.
    void applyMixer(const QList<studio::audio::ChannelSetting> &settings);
    // What to remember: every channel of this session and every capture asked for.
    QList<studio::audio::ChannelSetting> mixerSettings() const;
    // The running session's mixer channels and meters (they change with sessionChanged()).
    const std::vector<studio::audio::MixerChannel> &mixerChannels() const { return m_session->channels(); }
    std::shared_ptr<studio::audio::AudioLevelsBoard> audioLevels() const { return m_session->levels(); }
    // The scene on air, as rendered (canvas and folder filled in).
    const studio::Scene &scene() const { return m_scene; }
    studio::SceneDocument &document() const { return m_document; }
    // Every layer kind a scene may use in this window (to check an edit before it is made, and
    // for the studio-mode preview: its captures are its own, media files show a slate).
    studio::LayerFactory layerKinds() const;
    // An edit is waiting for the next session (a media file added or removed while live).
    bool sceneWaitsForRestart() const { return m_sceneChanged; }
    // The running session's player for a media layer (pause, restart); null if none.
    std::shared_ptr<studio::media::MediaPlayer> mediaPlayer(const QString &layerId) const;

Q_SIGNALS:
    void streamStateChanged(vida3::encoder::OutputState state, const vida3::Error &error);
    void destinationStateChanged(const QString &name, vida3::encoder::OutputState state, const vida3::Error &error);
    void recordingStateChanged(vida3::encoder::OutputState state, const vida3::Error &error);
    void recordingPausedChanged(bool paused);
    void statsUpdated(const vida3::studio::SessionStats &stats);
    void encoderFailed(const vida3::Error &error);
    // The encoder in use is not the one chosen (see StreamSession::encoderNotice).
    void encoderNotice(const QString &notice);
    void allStopped();
    // A new session replaced the old one (settings, scene, inputs): its mixer channels are new.
    void sessionChanged();

private:
    void createSession(const studio::StreamSession::Settings &settings);
    void onDocumentChanged();
    void applyEdit();
    QList<studio::LayerDescription> mediaLayers() const;
    void onOutputState(const QString &name, encoder::OutputState state, const Error &error);
    void onAllStopped();
    void setDestinationState(const QString &name, encoder::OutputState state, const Error &error);
    static bool isActive(encoder::OutputState state);

    studio::SceneDocument &m_document;
    studio::Scene m_scene;            // the programme scene as last handed to the session
    QString m_programId;
    static constexpr int kEditIntervalMs = 33;
    QTimer m_editTimer;  // pending edit of the scene on air
    QList<studio::LayerDescription> m_sessionMedia;  // the media layers the session opened
    std::optional<studio::LayerFactory> m_layers;
    std::shared_ptr<studio::AudioInput> m_audioInput;
    QList<studio::audio::NamedCapture> m_captures;
    QList<Error> m_captureProblems;
    std::shared_ptr<studio::media::MediaLibrary> m_media;  // the running session's players
    QHash<QString, studio::audio::ChannelSetting> m_mixerMemory;
    bool m_sceneChanged = false;
    SecretRedactor &m_redactor;
    const QSize m_previewSize;
    std::unique_ptr<studio::StreamSession> m_session;
    std::optional<studio::StreamSession::Settings> m_pendingSettings;
    QHash<QString, encoder::OutputState> m_destinationStates;
    encoder::OutputState m_streamState = encoder::OutputState::Idle;
    encoder::OutputState m_recordingState = encoder::OutputState::Idle;
    int m_stopsPending = 0;
    // A new session's preview is plain black until its first frame: show the old one meanwhile.
    QImage m_unrenderedPreview;
    mutable QImage m_handoverPreview;
    mutable bool m_awaitingFirstFrame = false;
};

}  // namespace vida3::app
