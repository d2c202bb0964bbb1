// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/collectionwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vida3::studio {

QJsonObject layerToJson(const LayerDescription &layer)
{
    QJsonObject object = layer.unknownFields;
    for (auto it = layer.properties.begin(); it != layer.properties.end(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("id"), layer.id);
    object.insert(QStringLiteral("kind"), layer.kind);
    object.insert(QStringLiteral("x"), layer.geometryPx.x());
    object.insert(QStringLiteral("y"), layer.geometryPx.y());
    object.insert(QStringLiteral("width"), layer.geometryPx.width());
    object.insert(QStringLiteral("height"), layer.geometryPx.height());
    object.insert(QStringLiteral("opacity"), layer.opacity);
    object.insert(QStringLiteral("z"), layer.z);
    object.insert(QStringLiteral("visible"), layer.visible);
    if (!layer.trim.isNull()) {
        object.insert(QStringLiteral("trim"), QJsonObject{{QStringLiteral("left"), layer.trim.left()},
                                                          {QStringLiteral("top"), layer.trim.top()},
                                                          {QStringLiteral("right"), layer.trim.right()},
                                                          {QStringLiteral("bottom"), layer.trim.bottom()}});
    }
    if (layer.rotation != 0.0)
        object.insert(QStringLiteral("rotation"), layer.rotation);
    if (layer.locked)
        object.insert(QStringLiteral("locked"), true);
    return object;
}

QByteArray collectionToJson(const SceneCollection &collection)
{
    QJsonArray scenes;
    for (const CollectionScene &s : collection.scenes) {
        QJsonObject scene = s.scene.unknownFields;
        scene.insert(QStringLiteral("id"), s.id);
        scene.insert(QStringLiteral("name"), s.name);
        if (s.transition)
            scene.insert(QStringLiteral("transition"), s.transition->toJson());
        QJsonArray layers;
        for (const LayerDescription &layer : s.scene.layers)
            layers.append(layerToJson(layer));
        scene.insert(QStringLiteral("layers"), layers);
        scenes.append(scene);
    }
    QJsonObject root = collection.unknownFields;
    root.insert(QStringLiteral("version"), SceneCollection::kFormatVersion);
    root.insert(QStringLiteral("canvas"), QJsonObject{{QStringLiteral("width"), collection.canvasSize.width()},
                                                      {QStringLiteral("height"), collection.canvasSize.height()}});
    root.insert(QStringLiteral("program"), collection.programId);
    root.insert(QStringLiteral("transition"), collection.transition.toJson());
    root.insert(QStringLiteral("scenes"), scenes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace vida3::studio
