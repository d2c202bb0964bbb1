// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scene.h"

#include <QMainWindow>

class QLabel;
class QSettings;

namespace vida3 {
class SecretRedactor;
}

namespace vida3::studio {
class DestinationStore;
class PresetTable;
class SecretStore;
}  // namespace vida3::studio

namespace vida3::app {

class DestinationForm;
class DestinationKeeper;
class OutputControls;
class PreviewWidget;
class SessionController;
class StatusLine;

// The studio window: live preview, destination form, Go Live and Record, status line.
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
        QSettings &uiSettings;  // window state: the last used destination's name
        SecretRedactor &redactor;
        studio::Scene scene;
        // Null until the keychain probe answers: call useSecretStore() then.
        studio::SecretStore *secrets = nullptr;
        QString initialPresetId = QStringLiteral("x");
        QString recordingFolder;  // empty: the user's Movies folder
        QString caFile;
        QSize previewSize{640, 360};
    };

    static constexpr int kQuitTimeoutMs = 3000;

    explicit StudioWindow(Services services, QWidget *parent = nullptr);
    ~StudioWindow() override;

    // The store for stream keys; null means none works (keys stay in memory, with a notice).
    void useSecretStore(studio::SecretStore *store);

    PreviewWidget *preview() const { return m_preview; }
    DestinationForm *destinationForm() const { return m_form; }
    StatusLine *statusLine() const { return m_statusLine; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildSidePanel(const Services &services);
    void finishQuit();
    void showOutputFormat();

    SessionController *m_controller = nullptr;
    DestinationKeeper *m_keeper = nullptr;
    PreviewWidget *m_preview = nullptr;
    DestinationForm *m_form = nullptr;
    OutputControls *m_controls = nullptr;
    StatusLine *m_statusLine = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QLabel *m_outputFormat = nullptr;
    bool m_quitting = false;
    bool m_quitReady = false;
};

}  // namespace vida3::app
