// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/scenecollection.h"

#include <algorithm>
#include <QHash>

namespace vida3::studio {

qsizetype SceneCollection::indexOf(const QString &nameOrId) const
{
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        if (scenes.at(i).name == nameOrId)
            return i;
    }
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        if (scenes.at(i).id == nameOrId)
            return i;
    }
    return -1;
}

qsizetype SceneCollection::programIndex() const
{
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        if (scenes.at(i).id == programId)
            return i;
    }
    return 0;
}

Scene SceneCollection::renderable(qsizetype index) const
{
    Scene scene = scenes.value(index).scene;
    scene.sourceName = sourceName + u" \u2192 " + scenes.value(index).name;
    scene.baseDirectory = baseDirectory;
    scene.canvasSize = canvasSize;
    return scene;
}

Transition SceneCollection::transitionTo(qsizetype index) const
{
    if (index >= 0 && index < scenes.size() && scenes.at(index).transition)
        return *scenes.at(index).transition;
    return transition;
}

QStringList SceneCollection::names() const
{
    QStringList out;
    for (const CollectionScene &s : scenes)
        out.append(s.name);
    return out;
}

Scene SceneCollection::allLayers() const
{
    Scene all = renderable(programIndex());
    all.layers.clear();
    QHash<QString, qsizetype> seen;
    for (const CollectionScene &s : scenes) {
        for (const LayerDescription &layer : s.scene.layers) {
            const auto at = seen.constFind(layer.id);
            if (at == seen.constEnd()) {
                seen.insert(layer.id, all.layers.size());
                all.layers.append(layer);
            } else if (layer.visible && !all.layers.at(*at).visible) {
                all.layers[*at] = layer;  // a layer shown somewhere is one to open
            }
        }
    }
    return all;
}

QString SceneCollection::freeName(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : base + u' ' + QString::number(n);
        if (std::none_of(scenes.begin(), scenes.end(), [&](const CollectionScene &s) { return s.name == name; }))
            return name;
    }
}

QString SceneCollection::freeId(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + u'-' + QString::number(n);
        if (std::none_of(scenes.begin(), scenes.end(), [&](const CollectionScene &s) { return s.id == id; }))
            return id;
    }
}

SceneCollection SceneCollection::fromScene(const Scene &scene, const QString &name)
{
    SceneCollection collection;
    collection.sourceName = scene.sourceName;
    collection.baseDirectory = scene.baseDirectory;
    collection.canvasSize = scene.canvasSize;
    collection.warnings = scene.warnings;
    CollectionScene only;
    only.id = QStringLiteral("scene");
    only.name = name;
    only.scene = scene;
    only.scene.warnings.clear();
    collection.scenes.append(std::move(only));
    collection.programId = QStringLiteral("scene");
    return collection;
}

}  // namespace vida3::studio
