// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/sceneworkspace.h"

#include "app/scenes/inspectordock.h"
#include "app/scenes/layersdock.h"
#include "app/scenes/scenesdock.h"
#include "app/scenes/studiomode.h"
#include "studio/scene/models/scenelistmodel.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/layerfactory.h"

#include "studio/scene/document/collectionbundle.h"
#include "studio/scene/document/sceneedits.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QStatusBar>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoView>

namespace vida3::app {

SceneWorkspace::SceneWorkspace(QMainWindow &window, studio::SceneDocument &document,
                               std::function<studio::LayerFactory()> kinds, bool browserSources, StudioModePanel &studioMode)
    : QObject(&window), m_document(document), m_studioMode(studioMode), m_kinds(kinds), m_window(window)
{
    m_scenes = new ScenesDock(document, &window);
    m_layers = new LayersDock(document, kinds, browserSources, &window);
    m_inspector = new InspectorDock(document, *m_layers->model(), *m_layers->selection(), kinds, &window);
    m_history = new QDockWidget(tr("History"), &window);
    m_history->setObjectName(QStringLiteral("historyDock"));
    auto *view = new QUndoView(&document.undoStack());
    view->setObjectName(QStringLiteral("historyView"));
    view->setAccessibleName(tr("Edit history"));
    view->setEmptyLabel(tr("Opened"));
    m_history->setWidget(view);
    window.addDockWidget(Qt::LeftDockWidgetArea, m_scenes);
    window.addDockWidget(Qt::LeftDockWidgetArea, m_layers);
    window.addDockWidget(Qt::LeftDockWidgetArea, m_history);
    window.addDockWidget(Qt::LeftDockWidgetArea, m_inspector);
    window.tabifyDockWidget(m_layers, m_history);
    window.tabifyDockWidget(m_layers, m_inspector);
    m_layers->raise();

    m_undo = document.undoStack().createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcuts({QKeySequence::Undo});
    m_redo = document.undoStack().createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    QMenu *file = window.menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(tr("&Export scenes with their files\u2026"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export scenes"), QString(),
                                                          tr("VIDA\u00B3 scene bundles (*.vida3scenes)"));
        if (!path.isEmpty())
            (void)exportBundle(path.endsWith(QStringLiteral(".vida3scenes")) ? path : path + QStringLiteral(".vida3scenes"));
    });
    file->addAction(tr("&Import scenes\u2026"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import scenes"), QString(),
                                                          tr("VIDA\u00B3 scene bundles (*.vida3scenes);;All files (*)"));
        if (!path.isEmpty())
            (void)importBundle(path);
    });
    QMenu *edit = window.menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    window.addAction(m_undo);
    window.addAction(m_redo);
    QMenu *viewMenu = window.menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_scenes), static_cast<QDockWidget *>(m_layers),
                              static_cast<QDockWidget *>(m_inspector), m_history})
        viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addSeparator();
    m_studioModeAction = viewMenu->addAction(tr("&Studio mode"));
    m_studioModeAction->setObjectName(QStringLiteral("studioMode"));
    m_studioModeAction->setCheckable(true);
    connect(m_studioModeAction, &QAction::toggled, &m_studioMode, &StudioModePanel::setStudioMode);
    connect(&m_studioMode, &StudioModePanel::studioModeChanged, m_studioModeAction, &QAction::setChecked);

    m_scenes->setChooseHandler([this](const QString &id) {
        if (m_studioMode.studioMode())
            m_studioMode.setPreviewScene(id);
        else
            m_scenes->putOnAir(id);
    });
    connect(&document, &studio::SceneDocument::programChanged, this, &SceneWorkspace::followEditedScene);
    connect(&document, &studio::SceneDocument::wasReset, this, &SceneWorkspace::followEditedScene);
    connect(&m_studioMode, &StudioModePanel::previewSceneChanged, this, &SceneWorkspace::followEditedScene);
    followEditedScene();
}

Status SceneWorkspace::exportBundle(const QString &path)
{
    const Status exported = studio::bundle::exportBundle(m_document.collection(), path);
    m_window.statusBar()->showMessage(exported ? tr("Scenes exported to %1").arg(path) : exported.error().detail, 10000);
    return exported;
}

Expected<QStringList> SceneWorkspace::importBundle(const QString &path)
{
    const QString folder = QDir(m_bundleFolder.isEmpty() ? QDir::tempPath() : m_bundleFolder)
                               .filePath(QFileInfo(path).completeBaseName() + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-hhmmss")));
    auto collection = studio::bundle::importBundle(path, folder, m_kinds());
    if (!collection) {
        m_window.statusBar()->showMessage(collection.error().detail, 10000);
        return collection.error();
    }
    auto ids = studio::sceneedits::addScenes(m_document, collection->scenes,
                                             tr("Import %n scene(s)", nullptr, int(collection->scenes.size())));
    m_window.statusBar()->showMessage(ids ? tr("Imported %n scene(s) from %1", nullptr, int(ids->size())).arg(path)
                                          : ids.error().detail, 10000);
    return ids;
}

QString SceneWorkspace::editedSceneId() const
{
    return m_studioMode.studioMode() ? m_studioMode.previewScene() : m_document.collection().programId;
}

void SceneWorkspace::followEditedScene()
{
    m_layers->setSceneId(editedSceneId());
    m_scenes->model()->setPreviewId(m_studioMode.studioMode() ? m_studioMode.previewScene() : QString());
}

}  // namespace vida3::app
