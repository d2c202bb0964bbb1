// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/actions/studioactions.h"

#include "app/actions/actionregistry.h"
#include "app/mixer/mixerpanel.h"
#include "app/outputcontrols.h"
#include "app/outputstate.h"
#include "app/scenes/layersdock.h"
#include "app/scenes/sceneworkspace.h"
#include "app/scenes/studiomode.h"
#include "app/sessioncontroller.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/document/scenedocument.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace vida3::app {

StudioActions::StudioActions(Parts parts, QObject *parent) : QObject(parent), m_parts(parts)
{
    m_controls = new QMenu(tr("&Controls"), &m_parts.window);
    m_controls->setObjectName(QStringLiteral("controlsMenu"));
    m_parts.window.menuBar()->addMenu(m_controls);
    m_toolBar = new QToolBar(tr("Toolbar"), &m_parts.window);
    m_toolBar->setObjectName(QStringLiteral("mainToolbar"));
    m_parts.window.addToolBar(Qt::TopToolBarArea, m_toolBar);
    addOutputActions();
    addEditingActions();
    rebuildScenes();
    rebuildChannels();
    studio::SceneDocument &document = m_parts.document;
    for (auto signal : {&studio::SceneDocument::sceneInserted, &studio::SceneDocument::sceneRemoved,
                        &studio::SceneDocument::sceneChanged})
        connect(&document, signal, this, &StudioActions::rebuildScenes);
    connect(&document, &studio::SceneDocument::sceneMoved, this, &StudioActions::rebuildScenes);
    connect(&document, &studio::SceneDocument::wasReset, this, &StudioActions::rebuildScenes);
    connect(&m_parts.mixer, &MixerPanel::channelsChanged, this, &StudioActions::rebuildChannels);
    connect(&m_parts.controller, &SessionController::streamStateChanged, this, &StudioActions::updateEnabled);
    connect(&m_parts.controller, &SessionController::recordingStateChanged, this, &StudioActions::updateEnabled);
    connect(&m_parts.controller, &SessionController::recordingPausedChanged, this, &StudioActions::updateEnabled);
    connect(&m_parts.studioMode, &StudioModePanel::studioModeChanged, this, &StudioActions::updateEnabled);
    updateEnabled();
}

void StudioActions::addOutputActions()
{
    ActionRegistry &r = m_parts.registry;
    OutputControls &controls = m_parts.controls;
    QAction *stream = r.add({QStringLiteral("output.stream"), tr("Go live or stop streaming"), tr("Output"), {}, true});
    connect(stream, &QAction::triggered, &controls, &OutputControls::toggleStreaming);
    QAction *record = r.add({QStringLiteral("output.record"), tr("Start or stop recording"), tr("Output"), {}, true});
    connect(record, &QAction::triggered, &controls, &OutputControls::toggleRecording);
    QAction *pause = r.add({QStringLiteral("output.pause"), tr("Pause or resume the recording"), tr("Output"), {}, true});
    connect(pause, &QAction::triggered, this, [this] {
        (void)m_parts.controls.setRecordingPaused(!m_parts.controller.isRecordingPaused());
    });
    QAction *mode = r.adopt(m_parts.workspace.studioModeAction(),
                            {QStringLiteral("studio.mode"), tr("Studio mode"), tr("Studio"), {}, true});
    QAction *take = r.add({QStringLiteral("studio.take"), tr("Take: put the preview on air"), tr("Studio"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return), true});
    connect(take, &QAction::triggered, this, [this] { m_parts.studioMode.take(); });
    QAction *mics = r.adopt(m_parts.mixer.muteMicrophonesAction(),
                            {QStringLiteral("audio.microphones"), tr("Mute or unmute every microphone"), tr("Audio"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), true});
    for (QAction *action : {stream, record, pause})
        m_controls->addAction(action);
    m_controls->addSeparator();
    for (QAction *action : {mode, take, mics})
        m_controls->addAction(action);
    m_scenesMenu = m_controls->addMenu(tr("Switch &scene"));
    m_scenesMenu->setObjectName(QStringLiteral("switchSceneMenu"));
    m_muteMenu = m_controls->addMenu(tr("&Mute"));
    m_muteMenu->setObjectName(QStringLiteral("muteMenu"));
    for (QAction *action : {stream, record, pause, mode, take})
        m_toolBar->addAction(action);
}

void StudioActions::addEditingActions()
{
    ActionRegistry &r = m_parts.registry;
    r.adopt(m_parts.workspace.undoAction(), {QStringLiteral("edit.undo"), tr("Undo"), tr("Edit"), QKeySequence::Undo});
    r.adopt(m_parts.workspace.redoAction(),
            {QStringLiteral("edit.redo"), tr("Redo"), tr("Edit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    // The Layers dock's "+" menu holds one action per kind of layer; Edit lists them too.
    auto *edit = m_parts.window.findChild<QMenu *>(QStringLiteral("editMenu"));
    QMenu *addLayer = edit ? edit->addMenu(tr("&Add a layer")) : m_controls->addMenu(tr("&Add a layer"));
    addLayer->setObjectName(QStringLiteral("addLayerMenu"));
    const QList<QAction *> kinds = m_parts.workspace.layers()->findChildren<QAction *>();
    for (QAction *kind : kinds) {
        if (!kind->objectName().startsWith(QLatin1String("add_")))
            continue;
        r.adopt(kind, {QStringLiteral("layer.add.") + kind->objectName().mid(4), tr("Add a layer: %1").arg(kind->text()),
                       tr("Layers"), {}});
        addLayer->addAction(kind);
    }
}

void StudioActions::addDocks()
{
    auto *view = m_parts.window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : m_parts.window.findChildren<QDockWidget *>()) {
        if (dock->objectName().isEmpty())
            continue;
        if (view && !view->actions().contains(dock->toggleViewAction()))
            view->addAction(dock->toggleViewAction());
        m_parts.registry.adopt(dock->toggleViewAction(), {QStringLiteral("view.") + dock->objectName(),
                                                          tr("Show or hide: %1").arg(dock->windowTitle()), tr("View"), {}});
    }
}

void StudioActions::rebuildScenes()
{
    ActionRegistry &r = m_parts.registry;
    r.removeWithPrefix(QStringLiteral("scene.switch."));
    m_scenesMenu->clear();
    for (const studio::CollectionScene &scene : m_parts.document.collection().scenes) {
        QAction *action = r.add({QStringLiteral("scene.switch.") + scene.id, tr("Switch to scene “%1”").arg(scene.name),
                                 tr("Scenes"), {}, true});
        connect(action, &QAction::triggered, this, [this, id = scene.id] {
            // In studio mode a scene goes to the preview first, as a click in the Scenes dock does.
            if (m_parts.studioMode.studioMode())
                m_parts.studioMode.setPreviewScene(id);
            else
                (void)studio::sceneedits::setProgram(m_parts.document, id);
        });
        m_scenesMenu->addAction(action);
    }
}

void StudioActions::rebuildChannels()
{
    ActionRegistry &r = m_parts.registry;
    r.removeWithPrefix(QStringLiteral("audio.mute."));
    m_muteMenu->clear();
    for (const studio::audio::MixerChannel &channel : m_parts.controller.mixerChannels()) {
        QAction *action = r.add({QStringLiteral("audio.mute.") + channel.name, tr("Mute or unmute “%1”").arg(channel.name),
                                 tr("Audio"), {}, true});
        connect(action, &QAction::triggered, this, [this, name = channel.name] { m_parts.mixer.toggleMute(name); });
        m_muteMenu->addAction(action);
    }
}

void StudioActions::updateEnabled()
{
    ActionRegistry &r = m_parts.registry;
    const bool recording = isRunning(m_parts.controller.recordingState());
    if (QAction *pause = r.action(QStringLiteral("output.pause")))
        pause->setEnabled(recording);
    if (QAction *take = r.action(QStringLiteral("studio.take")))
        take->setEnabled(m_parts.studioMode.studioMode());
    if (QAction *stream = r.action(QStringLiteral("output.stream")))
        stream->setText(isRunning(m_parts.controller.streamState()) ? tr("Stop streaming") : tr("Go live"));
    if (QAction *record = r.action(QStringLiteral("output.record")))
        record->setText(recording ? tr("Stop recording") : tr("Start recording"));
}

}  // namespace vida3::app
