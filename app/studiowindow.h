// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/relayprotocol.h"
#include "studio/scene/scenecollection.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSettings;
class QVBoxLayout;

namespace vida3 {
class SecretRedactor;
}

namespace vida3::studio {
class CollectionSaver;
class DestinationStore;
class SceneDocument;
class PresetTable;
class Scheduler;
class SecretStore;
}  // namespace vida3::studio

namespace vida3::studio::relay {
class RelayService;
}
namespace vida3::studio::history {
class SessionRecorder;
}

namespace vida3::app {

class BrowserSourcePanel;
class CanvasEditor;
class AlertCenter;
class HistoryDock;
class StatsDock;
class WindowLayout;
class WindowTools;
class DestinationForm;
class DestinationKeeper;
class DestinationList;
class MixerPanel;
class RemoteControlPanel;
class SchedulePanel;
class SourcesPanel;
class WindowRemote;
class OutputControls;
class OutputSettingsBox;
class PreviewWidget;
class SceneWorkspace;
class StudioModePanel;
class SessionController;
class StatusLine;

// The studio window: live preview, the destinations list, Go Live and Record, what the shared
// encode uses, the Output settings and the status line.
// Everything it uses is handed in by the composition root, so tests can run it with an
// in-memory secret store and temporary settings.
class StudioWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Services
    {
        const studio::PresetTable &presets;
        studio::DestinationStore &destinations;
        QSettings &uiSettings;  // window state: excluded destinations, Output settings
        SecretRedactor &redactor;
        studio::SceneCollection collection;
        QString collectionPath;  // where edits are saved (empty: not saved)
        // Null until the keychain probe answers: call useSecretStore() then.
        studio::SecretStore *secrets = nullptr;
        QString initialPresetId = QStringLiteral("x");  // the encode's format before any destination
        QString recordingFolder;  // empty: the user's Movies folder
        QString caFile;
        QSize previewSize{640, 360};
        // Where the relay keeps its secret (VIDA3_RELAY_SECRET wins when set); null: no
        // browser sources. relayPort 0 takes any free port (tests).
        studio::SecretStore *relaySecrets = nullptr;
        int relayPort = studio::relay::kDefaultPort;
        // The saved schedule (studio/schedule); empty: no Schedule panel.
        QString schedulePath;
        // The session history (studio/history); empty: sessions are not kept, no dock.
        QString historyPath;
        // The first-run wizard opens when nothing is set up yet (the real start, never tests).
        bool offerFirstRun = false;
        // The go-live checklist before the first Go Live (the real start; tests that go live skip it).
        bool checkBeforeGoLive = false;
    };

    static constexpr int kQuitTimeoutMs = 3000;

    explicit StudioWindow(Services services, QWidget *parent = nullptr);
    ~StudioWindow() override;

    // The store for stream keys; null means none works (keys stay in memory, with a notice).
    void useSecretStore(studio::SecretStore *store);
    MixerPanel *mixer() const { return m_mixer; }
    SourcesPanel *sources() const { return m_sources; }
    SessionController *controller() const { return m_controller; }
    studio::SceneDocument &document() const { return *m_document; }
    studio::CollectionSaver &saver() const { return *m_saver; }
    SceneWorkspace *workspace() const { return m_workspace; }
    CanvasEditor *canvas() const { return m_canvas; }
    StudioModePanel *studioMode() const { return m_studioMode; }

    PreviewWidget *preview() const { return m_preview; }
    DestinationList *destinationList() const { return m_list; }
    // The editor's form (add or edit a destination).
    DestinationForm *destinationForm() const;
    StatusLine *statusLine() const { return m_statusLine; }
    // Null without Services::relaySecrets.
    BrowserSourcePanel *browserSources() const { return m_browserSources; }
    RemoteControlPanel *remoteControl() const { return m_remotePanel; }
    // Null without Services::schedulePath.
    SchedulePanel *schedule() const { return m_schedulePanel; }
    // Null without Services::historyPath.
    HistoryDock *sessionHistory() const { return m_historyDock; }
    AlertCenter *alerts() const { return m_alerts; }
    StatsDock *stats() const { return m_stats; }
    WindowLayout *windowLayout() const { return m_layout; }
    WindowTools *tools() const { return m_tools; }
    // The user confirmed "Delete all my data": the window closes, then the caller erases it all.
    bool deleteAllDataOnClose() const { return m_deleteAllData; }
    // Asks first (unless `confirmed`), then stops everything and closes the window.
    void deleteAllData(bool confirmed = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildSidePanel(const Services &services);
    // Remote control and the schedule, at the end of the side panel.
    void buildAutomation(const Services &services);
    // The Session history dock and what keeps each session in it; the Stats dock; desktop alerts.
    void buildHistory(const Services &services);
    void buildAlerts(const Services &services);
    void finishQuit();
    // Fits one encode to the included destinations and the Output settings, and says so.
    void planEncode();

    // Not children: they outlive nothing that is torn down with the window's widgets, and the
    // saver goes first (it saves what is unsaved on quit), then the document.
    std::unique_ptr<studio::SceneDocument> m_document;
    std::unique_ptr<studio::CollectionSaver> m_saver;
    SceneWorkspace *m_workspace = nullptr;
    CanvasEditor *m_canvas = nullptr;
    StudioModePanel *m_studioMode = nullptr;
    studio::relay::RelayService *m_relay = nullptr;
    SessionController *m_controller = nullptr;
    BrowserSourcePanel *m_browserSources = nullptr;
    DestinationKeeper *m_keeper = nullptr;
    PreviewWidget *m_preview = nullptr;
    DestinationList *m_list = nullptr;
    OutputControls *m_controls = nullptr;
    MixerPanel *m_mixer = nullptr;
    SourcesPanel *m_sources = nullptr;
    OutputSettingsBox *m_outputSettings = nullptr;
    const studio::PresetTable &m_presets;
    QString m_initialPresetId;
    StatusLine *m_statusLine = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QLabel *m_outputFormat = nullptr;
    QLabel *m_encodeAdjustments = nullptr;
    bool m_quitting = false;
    bool m_quitReady = false;
    QVBoxLayout *m_sideLayout = nullptr;
    WindowRemote *m_remote = nullptr;
    RemoteControlPanel *m_remotePanel = nullptr;
    std::unique_ptr<studio::Scheduler> m_scheduler;
    SchedulePanel *m_schedulePanel = nullptr;
    HistoryDock *m_historyDock = nullptr;
    AlertCenter *m_alerts = nullptr;
    StatsDock *m_stats = nullptr;
    WindowLayout *m_layout = nullptr;
    WindowTools *m_tools = nullptr;
    bool m_deleteAllData = false;
    studio::history::SessionRecorder *m_sessionRecorder = nullptr;
};

}  // namespace vida3::app
