// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scenecollection.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace vida3::studio {

// The scene collection being edited, and its undo history. Views and tools never change the
// collection themselves: they push a command (studio/scene/document/*commands.h), which calls
// the mutators below, so every edit is undoable and restores the document byte for byte.
// Each mutator emits an "about to" signal before the change and a "done" signal after it, so
// item models can emit exact row signals; changed() follows every edit.
// QUndoStack lives in QtGui in Qt 6: the document works headless too (command line, remote
// control). Thread-affine QObject.
class SceneDocument : public QObject
{
    Q_OBJECT

public:
    explicit SceneDocument(SceneCollection collection, QObject *parent = nullptr);

    const SceneCollection &collection() const { return m_collection; }
    const CollectionScene &scene(qsizetype index) const { return m_collection.scenes.at(index); }
    qsizetype sceneCount() const { return m_collection.scenes.size(); }
    qsizetype sceneIndex(const QString &id) const;  // -1 if none
    qsizetype layerIndex(qsizetype scene, const QString &layerId) const;  // -1 if none
    quint64 revision() const { return m_revision; }
    QUndoStack &undoStack() { return m_stack; }
    // Takes ownership; runs the command's redo().
    void push(QUndoCommand *command) { m_stack.push(command); }
    // Another collection (a file opened): the history starts again.
    void reset(SceneCollection collection);

    // --- Mutators: for commands only ---
    void insertScene(qsizetype index, CollectionScene scene);
    CollectionScene takeScene(qsizetype index);
    void moveScene(qsizetype from, qsizetype to);
    void setSceneName(qsizetype index, const QString &name);
    void setSceneTransition(qsizetype index, const std::optional<Transition> &transition);
    void setDefaultTransition(const Transition &transition);
    void setProgramId(const QString &id);
    void insertLayer(qsizetype scene, qsizetype index, LayerDescription layer);
    LayerDescription takeLayer(qsizetype scene, qsizetype index);
    void replaceLayer(qsizetype scene, qsizetype index, LayerDescription layer);
    void setLayers(qsizetype scene, QList<LayerDescription> layers);  // a new order

Q_SIGNALS:
    void aboutToReset();
    void wasReset();
    void aboutToInsertScene(qsizetype index);
    void sceneInserted(qsizetype index);
    void aboutToRemoveScene(qsizetype index);
    void sceneRemoved(qsizetype index);
    void aboutToMoveScene(qsizetype from, qsizetype to);
    void sceneMoved(qsizetype from, qsizetype to);
    void sceneChanged(qsizetype index);  // its name or transition
    void programChanged(const QString &id);
    void defaultTransitionChanged();
    void aboutToInsertLayer(qsizetype scene, qsizetype index);
    void layerInserted(qsizetype scene, qsizetype index);
    void aboutToRemoveLayer(qsizetype scene, qsizetype index);
    void layerRemoved(qsizetype scene, qsizetype index);
    void layerChanged(qsizetype scene, qsizetype index);
    void aboutToResetLayers(qsizetype scene);
    void layersReset(qsizetype scene);
    // After every edit: scene is the index of the scene it touched, -1 for the whole collection.
    void changed(quint64 revision, qsizetype scene);

private:
    void bump(qsizetype scene);

    SceneCollection m_collection;
    QUndoStack m_stack;
    quint64 m_revision = 0;
};

}  // namespace vida3::studio
