// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QMenu;
class QToolBar;

namespace vida3::studio {
class SceneDocument;
}

namespace vida3::app {

class ActionRegistry;
class MixerPanel;
class OutputControls;
class SceneWorkspace;
class SessionController;
class StudioModePanel;

// Fills the registry with the studio's actions — going live, recording, pausing, studio mode and
// take, a switch for every scene, a mute for every mixer channel, a new layer of every kind,
// every dock, undo and redo — and builds the Controls menu and the toolbar from it. Scene and
// channel actions follow the document and the mixer.
class StudioActions : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QMainWindow &window;
        ActionRegistry &registry;
        OutputControls &controls;
        SessionController &controller;
        SceneWorkspace &workspace;
        StudioModePanel &studioMode;
        studio::SceneDocument &document;
        MixerPanel &mixer;
    };

    explicit StudioActions(Parts parts, QObject *parent = nullptr);

    QMenu *controlsMenu() const { return m_controls; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The docks' show/hide actions (after every dock exists).
    void addDocks();

private:
    void addOutputActions();
    void addEditingActions();
    void rebuildScenes();
    void rebuildChannels();
    void updateEnabled();

    Parts m_parts;
    QMenu *m_controls = nullptr;
    QMenu *m_scenesMenu = nullptr;
    QMenu *m_muteMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

}  // namespace vida3::app
