// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/sceneworkspace.h"

#include "app/scenes/layersdock.h"
#include "app/scenes/scenesdock.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/layerfactory.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoView>

namespace vida3::app {

SceneWorkspace::SceneWorkspace(QMainWindow &window, studio::SceneDocument &document,
                               std::function<studio::LayerFactory()> kinds, bool browserSources)
    : QObject(&window), m_document(document)
{
    m_scenes = new ScenesDock(document, &window);
    m_layers = new LayersDock(document, std::move(kinds), browserSources, &window);
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
    window.tabifyDockWidget(m_layers, m_history);
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
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_scenes), static_cast<QDockWidget *>(m_layers), m_history})
        viewMenu->addAction(dock->toggleViewAction());

    connect(&document, &studio::SceneDocument::programChanged, this, &SceneWorkspace::followProgram);
    connect(&document, &studio::SceneDocument::wasReset, this, &SceneWorkspace::followProgram);
    followProgram();
}

void SceneWorkspace::followProgram()
{
    m_layers->setSceneId(m_document.collection().programId);
}

}  // namespace vida3::app
