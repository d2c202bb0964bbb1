// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/sceneworkspace.h"

#include "app/scenes/inspectordock.h"
#include "app/scenes/layersdock.h"
#include "app/scenes/scenesdock.h"
#include "app/scenes/studiomode.h"
#include "studio/scene/models/scenelistmodel.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/layerfactory.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoView>

namespace vida3::app {

SceneWorkspace::SceneWorkspace(QMainWindow &window, studio::SceneDocument &document,
                               std::function<studio::LayerFactory()> kinds, bool browserSources, StudioModePanel &studioMode)
    : QObject(&window), m_document(document), m_studioMode(studioMode)
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
