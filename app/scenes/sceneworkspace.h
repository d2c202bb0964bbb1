// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace vida3::studio {
class LayerFactory;
class SceneDocument;
}  // namespace vida3::studio

namespace vida3::app {

class InspectorDock;
class LayersDock;
class ScenesDock;
class StudioModePanel;

// The scene-editing part of the window: the Scenes, Layers and History docks, the Edit menu's
// Undo/Redo and the View menu's Studio mode, all on one document. Docks talk to the document,
// never to each other; this only routes a scene click (on air, or into the studio-mode
// preview) and tells the Layers dock which scene is being edited.
class SceneWorkspace : public QObject
{
    Q_OBJECT

public:
    SceneWorkspace(QMainWindow &window, studio::SceneDocument &document, std::function<studio::LayerFactory()> kinds,
                   bool browserSources, StudioModePanel &studioMode);

    ScenesDock *scenes() const { return m_scenes; }
    LayersDock *layers() const { return m_layers; }
    InspectorDock *inspector() const { return m_inspector; }
    QDockWidget *history() const { return m_history; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *studioModeAction() const { return m_studioModeAction; }
    // The scene the Layers panel and the canvas edit: the preview's in studio mode, else the programme.
    QString editedSceneId() const;
    // File ▸ Export scenes / Import scenes: the whole collection with its files as one bundle;
    // an imported bundle's scenes are added (one undoable step), its files unpacked under
    // bundleFolder. The result is said in the status bar of the window.
    void setBundleFolder(const QString &folder) { m_bundleFolder = folder; }
    Status exportBundle(const QString &path);
    Expected<QStringList> importBundle(const QString &path);

private:
    void followEditedScene();

    studio::SceneDocument &m_document;
    ScenesDock *m_scenes = nullptr;
    LayersDock *m_layers = nullptr;
    InspectorDock *m_inspector = nullptr;
    QDockWidget *m_history = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_studioModeAction = nullptr;
    StudioModePanel &m_studioMode;
    std::function<studio::LayerFactory()> m_kinds;
    QString m_bundleFolder;
    QMainWindow &m_window;
};

}  // namespace vida3::app
