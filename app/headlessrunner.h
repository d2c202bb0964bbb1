// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"
#include "studio/session/streamsession.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace vida3 {
class SecretRedactor;
}
namespace vida3::studio {
class PresetTable;
class SecretStore;
struct PlatformPreset;
}

namespace vida3::studio::relay {
class RelayService;
}
namespace vida3::studio::history {
class SessionRecorder;
}

namespace vida3::app {

class HeadlessAutomation;
class ProgramSchedule;

// The studio without a window: validates the options, renders, records and streams until
// --duration ends or SIGINT/SIGTERM, writes --stats lines, then stops cleanly.
// finished() carries the exit code: 0 clean stop, 2 bad input, 3 an output failed.
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    HeadlessRunner(StudioOptions options, SecretRedactor &redactor, studio::SecretStore &secrets,
                   QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Starts asynchronously; bad input ends in finished(2) with the problem printed.
    void start();
    void requestStop();

Q_SIGNALS:
    void finished(int exitCode);

private:
    Status prepare();
    Status prepareAudio();
    // Opens the scene's media files (a broken one is refused by name), then checks --mixer.
    Status prepareMedia(const studio::Scene &allLayers);
    Status checkMixerNames() const;
    Status prepareStreams(const studio::PresetTable &presets, const studio::PlatformPreset &preset);
    Status prepareSavedDestinations(const studio::PresetTable &presets, QList<const studio::PlatformPreset *> *platforms);
    // Reads the keys of saved destinations from the keychain, one after the other.
    void fetchNextKey();
    void beginSession();
    // Starts --record and every --stream (at once, or when remote control or --start-at says).
    void startOutputs();
    void failInput(const Error &error);
    void onOutputState(const QString &name, encoder::OutputState state, const Error &error);
    void onStats(const studio::SessionStats &stats);
    void onAllStopped();
    void keepHistory();
    // Browser sources: the relay service, its layer kind and audio, when the options ask for them.
    void prepareRelay();
    void startRelay();

    StudioOptions m_options;
    SecretRedactor &m_redactor;
    studio::SecretStore &m_secrets;
    studio::StreamSession::Settings m_settings;
    QList<studio::StreamDestination> m_destinations;
    qsizetype m_keysFetched = 0;
    std::unique_ptr<studio::StreamSession> m_session;
    std::unique_ptr<ProgramSchedule> m_schedule;  // after m_session: its timers go first
    std::unique_ptr<HeadlessAutomation> m_automation;  // after m_session: it refers to it
    QFile m_statsFile;
    QTimer m_durationTimer;
    int m_exitCode = 0;
    bool m_stopping = false;
    std::unique_ptr<studio::relay::RelayService> m_relay;
    std::unique_ptr<studio::history::SessionRecorder> m_history;  // null with --no-history
};

}  // namespace vida3::app
