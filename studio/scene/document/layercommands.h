// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerdescription.h"

#include <QStringList>
#include <QUndoCommand>

namespace vida3::studio {

class SceneDocument;

// Undoable edits of one scene's layers, found by scene id and layer id when they run.
// The caller checks that an edit is valid (layeredits.h does).

class AddLayerCommand : public QUndoCommand
{
public:
    // index -1: on top (the end of the list).
    AddLayerCommand(SceneDocument &document, const QString &sceneId, LayerDescription layer, qsizetype index,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    QString m_sceneId;
    LayerDescription m_layer;
    qsizetype m_index;
};

class RemoveLayerCommand : public QUndoCommand
{
public:
    RemoveLayerCommand(SceneDocument &document, const QString &sceneId, const QString &layerId,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    QString m_sceneId;
    LayerDescription m_layer;
    qsizetype m_index = -1;
};

// A new paint order (ids bottom to top, every layer once); z becomes the position.
class ReorderLayersCommand : public QUndoCommand
{
public:
    ReorderLayersCommand(SceneDocument &document, const QString &sceneId, const QStringList &bottomToTop);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    QString m_sceneId;
    QList<LayerDescription> m_before;
    QList<LayerDescription> m_after;
};

// Any change of one or more layers of a scene (id, visibility, lock, geometry, opacity, a
// property): before and after of each. Commands with the same non-empty merge key on the same
// layers merge into one step: a drag, a burst of nudges, typing in one field.
class EditLayersCommand : public QUndoCommand
{
public:
    // afters: the new state of each layer; layerIds: the id each one has now (in the same order).
    EditLayersCommand(SceneDocument &document, const QString &sceneId, const QStringList &layerIds,
                      QList<LayerDescription> afters, const QString &text, QString mergeKey = {});
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int kMergeableId = 0x7631;

private:
    void apply(const QList<LayerDescription> &from, const QList<LayerDescription> &to);

    SceneDocument &m_document;
    QString m_sceneId;
    QList<LayerDescription> m_before;
    QList<LayerDescription> m_after;
    QString m_mergeKey;
};

}  // namespace vida3::studio
