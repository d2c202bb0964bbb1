// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/layercommands.h"

#include "studio/scene/document/scenedocument.h"

#include <QCoreApplication>
#include <QHash>

namespace vida3::studio {

AddLayerCommand::AddLayerCommand(SceneDocument &document, const QString &sceneId, LayerDescription layer,
                                 qsizetype index, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_sceneId(sceneId), m_layer(std::move(layer)), m_index(index)
{
    setText(QCoreApplication::translate("LayerCommands", "Add %1 layer \u201C%2\u201D").arg(m_layer.kind, m_layer.id));
}

void AddLayerCommand::redo()
{
    const qsizetype scene = m_document.sceneIndex(m_sceneId);
    const qsizetype count = m_document.scene(scene).scene.layers.size();
    m_document.insertLayer(scene, m_index < 0 || m_index > count ? count : m_index, m_layer);
}

void AddLayerCommand::undo()
{
    const qsizetype scene = m_document.sceneIndex(m_sceneId);
    m_document.takeLayer(scene, m_document.layerIndex(scene, m_layer.id));
}

RemoveLayerCommand::RemoveLayerCommand(SceneDocument &document, const QString &sceneId, const QString &layerId,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_sceneId(sceneId)
{
    const qsizetype scene = document.sceneIndex(sceneId);
    m_index = document.layerIndex(scene, layerId);
    m_layer = document.scene(scene).scene.layers.at(m_index);
    setText(QCoreApplication::translate("LayerCommands", "Remove layer \u201C%1\u201D").arg(layerId));
}

void RemoveLayerCommand::redo()
{
    const qsizetype scene = m_document.sceneIndex(m_sceneId);
    m_index = m_document.layerIndex(scene, m_layer.id);
    m_document.takeLayer(scene, m_index);
}

void RemoveLayerCommand::undo()
{
    m_document.insertLayer(m_document.sceneIndex(m_sceneId), m_index, m_layer);
}

ReorderLayersCommand::ReorderLayersCommand(SceneDocument &document, const QString &sceneId,
                                           const QStringList &bottomToTop)
    : m_document(document), m_sceneId(sceneId)
{
    m_before = document.scene(document.sceneIndex(sceneId)).scene.layers;
    QHash<QString, LayerDescription> byId;
    for (const LayerDescription &layer : std::as_const(m_before))
        byId.insert(layer.id, layer);
    for (const QString &id : bottomToTop) {
        LayerDescription layer = byId.value(id);
        layer.z = static_cast<int>(m_after.size());
        m_after.append(layer);
    }
    setText(QCoreApplication::translate("LayerCommands", "Reorder layers"));
}

void ReorderLayersCommand::redo()
{
    m_document.setLayers(m_document.sceneIndex(m_sceneId), m_after);
}

void ReorderLayersCommand::undo()
{
    m_document.setLayers(m_document.sceneIndex(m_sceneId), m_before);
}

EditLayersCommand::EditLayersCommand(SceneDocument &document, const QString &sceneId, const QStringList &layerIds,
                                     QList<LayerDescription> afters, const QString &text, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_sceneId(sceneId), m_after(std::move(afters)),
      m_mergeKey(std::move(mergeKey))
{
    const qsizetype scene = document.sceneIndex(sceneId);
    for (const QString &id : layerIds)
        m_before.append(document.scene(scene).scene.layers.at(document.layerIndex(scene, id)));
}

void EditLayersCommand::apply(const QList<LayerDescription> &from, const QList<LayerDescription> &to)
{
    const qsizetype scene = m_document.sceneIndex(m_sceneId);
    // Find every layer first: a rename may give one layer an id another just gave up.
    QList<qsizetype> indexes;
    for (const LayerDescription &layer : from)
        indexes.append(m_document.layerIndex(scene, layer.id));
    for (qsizetype i = 0; i < to.size(); ++i)
        m_document.replaceLayer(scene, indexes.at(i), to.at(i));
}

void EditLayersCommand::redo()
{
    apply(m_before, m_after);
}

void EditLayersCommand::undo()
{
    apply(m_after, m_before);
}

int EditLayersCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool EditLayersCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditLayersCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_sceneId != m_sceneId || next->m_before.size() != m_after.size())
        return false;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (next->m_before.at(i).id != m_after.at(i).id)
            return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);  // dragged back to where it was: no step at all
    return true;
}

}  // namespace vida3::studio
