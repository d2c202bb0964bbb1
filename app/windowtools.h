// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/settings/outputformat.h"

#include <QObject>

class QMainWindow;
class QSettings;

namespace vida3::studio {
class PresetTable;
class SceneDocument;
}  // namespace vida3::studio

namespace vida3::app {

class ActionRegistry;
class CommandPalette;
class DestinationList;
class FirstRunWizard;
class GlobalHotkeyBinder;
class GoLiveChecklist;
class MixerPanel;
class OutputControls;
class OutputSettingsBox;
class SceneWorkspace;
class SessionController;
class SettingsDialog;
class StudioActions;
class StudioModePanel;

// The window's keyboard and settings layer: the action registry with the studio's actions, the
// command palette, global hotkeys, the Settings dialog, the go-live checklist and the first-run
// wizard, and the menu items that open them. The docks and panels never see each other through it:
// it only calls what they offer.
class WindowTools : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QMainWindow &window;
        QSettings &settings;
        const studio::PresetTable &presets;
        SessionController &controller;
        OutputControls &controls;
        DestinationList &destinations;
        SceneWorkspace &workspace;
        StudioModePanel &studioMode;
        studio::SceneDocument &document;
        MixerPanel &mixer;
        OutputSettingsBox &encoding;
        QString defaultRecordingFolder;  // empty: the user's Movies folder
        bool checkBeforeGoLive = true;   // the go-live checklist guards the first Go Live
    };

    explicit WindowTools(Parts parts, QObject *parent = nullptr);
    ~WindowTools() override;

    // After every dock exists: their show/hide actions join the registry.
    void addDocks();
    // What Settings → Output and Recording hold now.
    const OutputFormat &format() const;
    QString recordingFolder() const;

    ActionRegistry *registry() const { return m_registry; }
    CommandPalette *palette() const { return m_palette; }
    SettingsDialog *settingsDialog() const { return m_settings; }
    GoLiveChecklist *checklist() const { return m_checklist; }
    GlobalHotkeyBinder *globalHotkeys() const { return m_global; }
    // Opens the first-run wizard (created on first use).
    FirstRunWizard *openWizard();
    FirstRunWizard *wizard() const { return m_wizard; }

Q_SIGNALS:
    void formatChanged();
    void deleteAllDataRequested();

private:
    void addToolActions();
    void applyWizard();

    Parts m_parts;
    ActionRegistry *m_registry = nullptr;
    StudioActions *m_actions = nullptr;
    CommandPalette *m_palette = nullptr;
    GlobalHotkeyBinder *m_global = nullptr;
    SettingsDialog *m_settings = nullptr;
    GoLiveChecklist *m_checklist = nullptr;
    FirstRunWizard *m_wizard = nullptr;
};

}  // namespace vida3::app
