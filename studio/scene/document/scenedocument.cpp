// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/scenedocument.h"

namespace vida3::studio {

SceneDocument::SceneDocument(SceneCollection collection, QObject *parent)
    : QObject(parent), m_collection(std::move(collection)), m_stack(this)
{
}

qsizetype SceneDocument::sceneIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_collection.scenes.size(); ++i) {
        if (m_collection.scenes.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype SceneDocument::layerIndex(qsizetype scene, const QString &layerId) const
{
    if (scene < 0 || scene >= m_collection.scenes.size())
        return -1;
    const QList<LayerDescription> &layers = m_collection.scenes.at(scene).scene.layers;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        if (layers.at(i).id == layerId)
            return i;
    }
    return -1;
}

void SceneDocument::bump(qsizetype scene)
{
    ++m_revision;
    Q_EMIT changed(m_revision, scene);
}

void SceneDocument::reset(SceneCollection collection)
{
    Q_EMIT aboutToReset();
    m_stack.clear();
    m_collection = std::move(collection);
    Q_EMIT wasReset();
    bump(-1);
}

void SceneDocument::insertScene(qsizetype index, CollectionScene scene)
{
    Q_EMIT aboutToInsertScene(index);
    m_collection.scenes.insert(index, std::move(scene));
    Q_EMIT sceneInserted(index);
    bump(index);
}

CollectionScene SceneDocument::takeScene(qsizetype index)
{
    Q_EMIT aboutToRemoveScene(index);
    CollectionScene scene = m_collection.scenes.takeAt(index);
    Q_EMIT sceneRemoved(index);
    bump(-1);
    return scene;
}

void SceneDocument::moveScene(qsizetype from, qsizetype to)
{
    Q_EMIT aboutToMoveScene(from, to);
    m_collection.scenes.move(from, to);
    Q_EMIT sceneMoved(from, to);
    bump(-1);
}

void SceneDocument::setSceneName(qsizetype index, const QString &name)
{
    m_collection.scenes[index].name = name;
    Q_EMIT sceneChanged(index);
    bump(index);
}

void SceneDocument::setSceneTransition(qsizetype index, const std::optional<Transition> &transition)
{
    m_collection.scenes[index].transition = transition;
    Q_EMIT sceneChanged(index);
    bump(index);
}

void SceneDocument::setDefaultTransition(const Transition &transition)
{
    m_collection.transition = transition;
    Q_EMIT defaultTransitionChanged();
    bump(-1);
}

void SceneDocument::setProgramId(const QString &id)
{
    m_collection.programId = id;
    Q_EMIT programChanged(id);
    bump(-1);
}

void SceneDocument::insertLayer(qsizetype scene, qsizetype index, LayerDescription layer)
{
    Q_EMIT aboutToInsertLayer(scene, index);
    m_collection.scenes[scene].scene.layers.insert(index, std::move(layer));
    Q_EMIT layerInserted(scene, index);
    bump(scene);
}

LayerDescription SceneDocument::takeLayer(qsizetype scene, qsizetype index)
{
    Q_EMIT aboutToRemoveLayer(scene, index);
    LayerDescription layer = m_collection.scenes[scene].scene.layers.takeAt(index);
    Q_EMIT layerRemoved(scene, index);
    bump(scene);
    return layer;
}

void SceneDocument::replaceLayer(qsizetype scene, qsizetype index, LayerDescription layer)
{
    m_collection.scenes[scene].scene.layers[index] = std::move(layer);
    Q_EMIT layerChanged(scene, index);
    bump(scene);
}

void SceneDocument::setLayers(qsizetype scene, QList<LayerDescription> layers)
{
    Q_EMIT aboutToResetLayers(scene);
    m_collection.scenes[scene].scene.layers = std::move(layers);
    Q_EMIT layersReset(scene);
    bump(scene);
}

}  // namespace vida3::studio
