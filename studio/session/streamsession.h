// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/bitratecontroller.h"
#include "encoder/encodersettings.h"
#include "encoder/expected.h"
#include "encoder/output.h"
#include "encoder/reconnectpolicy.h"
#include "studio/audio/channelwarnings.h"
#include "studio/scene/scene.h"
#include "studio/session/renderloop.h"
#include "studio/session/sessionstats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace vida3 {
class SecretRedactor;
}

namespace vida3::studio {

struct StreamDestination
{
    QString name = QStringLiteral("stream");  // unique among live destinations
    QString serverUrl;  // without the key
    QString streamKey;
    QString backupUrl;  // optional; used when the primary keeps failing
    QString caFile;
};

// The session: one render loop, and while anything is live or recording, one encode whose
// packets fan out to every output. Starting the first output starts the encoder; stopping the
// last one flushes and stops it. Teardown runs off the caller's thread, so the GUI never waits.
// Thread-affine QObject: call it from the thread it lives on; signals come on that thread.
class StreamSession : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        encoder::VideoSettings video;
        encoder::AudioSettings audio;
        AudioGenerator::Programme programme = AudioGenerator::Programme::SoftTone;  // Silence: no "tone" channel
        QSize previewSize;     // empty: no preview (headless)
        // How long network outputs send what is queued after the encoder's flush; shortened
        // only when the flush was slow, so Stop finishes within 2 s on a dead link. A recording
        // is never cut short: it receives every encoded frame and all audio.
        int networkDrainMs = 700;
        // When > 0, the encode ends after exactly this many frames (--duration: output time),
        // and outputComplete() follows; the outputs are then stopped by the caller.
        int64_t outputFrames = 0;
        encoder::ReconnectPolicy reconnect;
        bool adaptiveBitrate = true;
        LayerFactory layers = LayerFactory::builtIn();  // with "browser" when the relay is on
        std::shared_ptr<AudioInput> audioInput;        // browser-source audio (the RelayHub); may be null
        // Microphones and desktop audio, in the mixer's order (between the tone and the browser).
        std::vector<audio::MixerChannel> audioCaptures;
        // Media files' sound (MediaLibrary::channels()), after the captures.
        std::vector<audio::MixerChannel> mediaChannels;
        QList<audio::ChannelSetting> mixer;  // faders and mutes by channel name
        bool limiter = true;                 // the programme's true-peak limiter at −1 dBTP
        double loudnessTargetLufs = -14;
        QString programName;                 // the scene on air at the start, for the stats
    };

    StreamSession(Scene scene, Settings settings, SecretRedactor &redactor, QObject *parent = nullptr);
    // Every mixer channel the settings give, in order: "tone", the captures, the media files,
    // "browser"; with the faders, mutes and sync offsets of settings.mixer applied.
    static std::vector<audio::MixerChannel> mixerChannels(const Settings &settings);
    ~StreamSession() override;

    void startRendering();
    // Puts scene on air with transition (its layers are built here first; see
    // RenderLoop::switchScene). name is what the stats say is on air.
    void switchProgram(const Scene &scene, const Transition &transition, const QString &name);
    QString programName() const { return m_programName; }
    // Adds a live destination; several may run at once from the one encode.
    Status goLive(const StreamDestination &destination);
    // Stops every destination, or the one called name.
    void stopLive();
    void stopDestination(const QString &name);
    // A destination waiting to reconnect tries at once.
    void reconnectNow(const QString &name);
    Status startRecording(const QString &path);
    // What the recording is called among the outputs (stats, outputStateChanged).
    static QString recordingOutputName() { return QStringLiteral("recording"); }
    // While paused nothing is recorded (from the next frame on); on resume the file goes on from
    // a keyframe, its timestamps without a hole: it is as long as the time not paused. Without
    // a live stream the keyframe is the next frame; while live, the stream's next keyframe
    // (its keyframe interval is never disturbed). Streams are not affected.
    Status setRecordingPaused(bool paused);
    bool isRecordingPaused() const;
    void stopRecording();
    // Stops every output and the encoder; allStopped() follows (at once if nothing runs).
    void stopAll();

    bool isLive() const;
    bool isLive(const QString &name) const;
    bool isRecording() const;
    bool hasOutputs() const { return !m_outputs.empty(); }
    QImage latestPreview() const;
    SessionStats stats() const { return m_stats; }
    // The mixer's channels: their controls may be changed from any thread while it runs.
    const std::vector<audio::MixerChannel> &channels() const { return m_channels; }
    // The mixer's meters; a panel adds a reader of its own (addReader) and takes at its pace.
    std::shared_ptr<audio::AudioLevelsBoard> levels() const { return m_levels; }
    const Settings &settings() const { return m_settings; }

Q_SIGNALS:
    void outputStateChanged(const QString &name, vida3::encoder::OutputState state, const vida3::Error &error);
    void statsUpdated(const vida3::studio::SessionStats &stats);
    void encoderFailed(const vida3::Error &error);
    // The encoder in use is not the one asked for: a hardware encoder did not work at the start,
    // or failed while running and x264 took over. One line for the user.
    void encoderNotice(const QString &notice);
    // The encode reached Settings::outputFrames.
    void outputComplete();
    void allStopped();
    // switchProgram() put the scene called name on air.
    void programChanged(const QString &name);
    void recordingPausedChanged(bool paused);

private:
    enum class OutputKind { Stream, Recording };
    struct Entry
    {
        OutputKind kind;
        std::shared_ptr<encoder::Output> output;
        int drainMs;
        int64_t lastBytes = 0;
    };

    Status ensureEncoder();
    void keyframeForRecording();
    Status addOutput(OutputKind kind, std::shared_ptr<encoder::Output> output, int drainMs);
    void stopMatching(const std::function<bool(const Entry &)> &match);
    void stopEntries(std::vector<Entry> entries, bool stopEncoder);
    void onOutputState(const QString &name, encoder::OutputState state, const Error &error);
    void sampleStats();
    void adaptBitrate(const std::vector<encoder::BitrateController::Sample> &samples);
    // After a teardown: the frames its encoder encoded (0 when it kept running), what it had
    // encoded when the stop began, and the final statistics of the outputs it stopped.
    void reapFinished(int64_t encoded, int64_t encodedAtStop, const QList<OutputSnapshot> &finals);
    int64_t encodedFrames() const;

    const Settings m_settings;
    SecretRedactor &m_redactor;
    QString m_programName;
    bool m_recordingPaused = false;
    const std::vector<audio::MixerChannel> m_channels;
    const std::shared_ptr<audio::AudioLevelsBoard> m_levels;
    RenderLoop m_render;
    std::shared_ptr<encoder::EncoderPipeline> m_pipeline;
    std::unique_ptr<encoder::BitrateController> m_bitrate;  // while encoding, when adaptive
    std::vector<Entry> m_outputs;
    std::vector<QString> m_registeredSecrets;
    std::vector<std::thread> m_teardowns;
    int m_pendingTeardowns = 0;
    int64_t m_encodedBefore = 0;      // frames encoded by encoders that have stopped
    int64_t m_encodedInTeardown = 0;  // of encoders still flushing, as counted when they stopped
    std::optional<RenderTarget> m_pendingTarget;  // a new encode's, until its first output is in

    QTimer m_statsTimer;
    QElapsedTimer m_clock;
    RenderCounters m_lastCounters;
    qint64 m_lastSampleMs = 0;
    double m_lastCpuSeconds = 0;
    // The encoder's time and frames at the last sample (a new encoder starts from zero).
    const encoder::EncoderPipeline *m_lastEncodePipeline = nullptr;
    int64_t m_lastEncodeNs = 0;
    int64_t m_lastEncodeFrames = 0;
    SessionStats m_stats;
    audio::ChannelWarnings m_channelWarnings;
};

}  // namespace vida3::studio
