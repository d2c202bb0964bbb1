// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/collectionparser.h"

#include "studio/scene/fieldreader.h"
#include "studio/scene/sceneparser.h"

#include <limits>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace vida3::studio {

namespace {

constexpr qsizetype kMaxIdLength = 128;

// Media layers name mixer channels after their id, so one id means one file in every scene.
Status checkSharedMedia(const SceneCollection &collection, const FieldReader &root)
{
    QHash<QString, QJsonObject> media;
    for (qsizetype s = 0; s < collection.scenes.size(); ++s) {
        const QList<LayerDescription> &layers = collection.scenes.at(s).scene.layers;
        for (qsizetype l = 0; l < layers.size(); ++l) {
            const LayerDescription &layer = layers.at(l);
            if (layer.kind != u"media")
                continue;
            const auto seen = media.constFind(layer.id);
            if (seen != media.constEnd() && *seen != layer.properties) {
                return root.error(QStringLiteral("scenes[%1].layers[%2]").arg(s).arg(l),
                                  QStringLiteral("media layer \"%1\" plays another file than in an earlier scene "
                                                 "(a media layer's id names its mixer channel: give it another id)")
                                      .arg(layer.id));
            }
            media.insert(layer.id, layer.properties);
        }
    }
    return {};
}

Expected<CollectionScene> parseOneScene(const QJsonValue &value, int index, const SceneCollection &collection,
                                        const FieldReader &root, const LayerFactory &factory)
{
    const QString path = QStringLiteral("scenes[%1]").arg(index);
    if (!value.isObject())
        return root.error(path, QStringLiteral("must be an object"));
    const FieldReader r(value.toObject(), collection.sourceName, path);
    CollectionScene out;
    auto id = r.requiredString(QStringLiteral("id"));
    if (!id)
        return id.error();
    auto name = r.requiredString(QStringLiteral("name"));
    if (!name)
        return name.error();
    if (id->isEmpty() || id->size() > kMaxIdLength)
        return r.error(QStringLiteral("id"), QStringLiteral("must be 1–%1 characters").arg(kMaxIdLength));
    if (name->trimmed().isEmpty() || name->size() > SceneCollection::kMaxNameLength)
        return r.error(QStringLiteral("name"),
                       QStringLiteral("must be 1–%1 characters, not only spaces").arg(SceneCollection::kMaxNameLength));
    out.id = *id;
    out.name = *name;
    if (r.has(QStringLiteral("transition"))) {
        auto transition = transitionFromJson(r.object().value(QStringLiteral("transition")), collection.sourceName,
                                             r.fieldPath(QStringLiteral("transition")));
        if (!transition)
            return transition.error();
        out.transition = *transition;
    }
    out.scene.sourceName = collection.sourceName;
    out.scene.baseDirectory = collection.baseDirectory;
    out.scene.canvasSize = collection.canvasSize;
    if (Status layers = parseLayers(r, factory, out.scene); !layers)
        return layers.error();
    const QJsonObject &object = r.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (key == u"id" || key == u"name" || key == u"transition" || key == u"layers")
            continue;
        out.scene.unknownFields.insert(key, it.value());
        out.scene.warnings.append(collection.sourceName + u": " + r.fieldPath(key) + u": unknown field (kept, ignored)");
    }
    return out;
}

Expected<SceneCollection> parseVersion2(const FieldReader &root, SceneCollection collection,
                                        const LayerFactory &factory)
{
    auto canvas = parseCanvas(root);
    if (!canvas)
        return canvas.error();
    collection.canvasSize = *canvas;
    if (root.has(QStringLiteral("transition"))) {
        auto transition = transitionFromJson(root.object().value(QStringLiteral("transition")),
                                             collection.sourceName, QStringLiteral("transition"));
        if (!transition)
            return transition.error();
        collection.transition = *transition;
    }
    const QJsonValue scenesValue = root.object().value(QStringLiteral("scenes"));
    if (!scenesValue.isArray() || scenesValue.toArray().isEmpty())
        return root.error(QStringLiteral("scenes"), QStringLiteral("must be an array of at least one scene"));
    const QJsonArray scenes = scenesValue.toArray();
    if (scenes.size() > SceneCollection::kMaxScenes) {
        return root.error(QStringLiteral("scenes"), QStringLiteral("too many scenes (%1, at most %2)")
                                                        .arg(scenes.size())
                                                        .arg(SceneCollection::kMaxScenes));
    }
    QSet<QString> ids;
    QSet<QString> names;
    for (int i = 0; i < scenes.size(); ++i) {
        auto scene = parseOneScene(scenes.at(i), i, collection, root, factory);
        if (!scene)
            return scene.error();
        if (ids.contains(scene->id))
            return root.error(QStringLiteral("scenes[%1].id").arg(i), QStringLiteral("duplicate id \"%1\"").arg(scene->id));
        if (names.contains(scene->name)) {
            return root.error(QStringLiteral("scenes[%1].name").arg(i),
                              QStringLiteral("duplicate name \"%1\"").arg(scene->name));
        }
        ids.insert(scene->id);
        names.insert(scene->name);
        collection.warnings.append(scene->scene.warnings);
        scene->scene.warnings.clear();
        collection.scenes.append(std::move(scene).value());
    }
    auto program = root.string(QStringLiteral("program"), collection.scenes.first().id);
    if (!program)
        return program.error();
    if (!ids.contains(*program))
        return root.error(QStringLiteral("program"), QStringLiteral("no scene has the id \"%1\"").arg(program->left(kMaxIdLength)));
    collection.programId = *program;
    if (Status media = checkSharedMedia(collection, root); !media)
        return media.error();

    const QJsonObject &top = root.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QString &key = it.key();
        if (key == u"version" || key == u"canvas" || key == u"scenes" || key == u"program" || key == u"transition")
            continue;
        collection.unknownFields.insert(key, it.value());
        collection.warnings.append(collection.sourceName + u": " + key + u": unknown field (kept, ignored)");
    }
    return collection;
}

}  // namespace

Expected<SceneCollection> parseSceneCollection(const QByteArray &json, const QString &sourceName,
                                               const QString &baseDirectory, const LayerFactory &factory)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject() && doc.object().value(QStringLiteral("version")) == QJsonValue(SceneCollection::kFormatVersion)) {
        SceneCollection collection;
        collection.sourceName = sourceName;
        collection.baseDirectory = baseDirectory;
        return parseVersion2(FieldReader(doc.object(), sourceName, QString()), std::move(collection), factory);
    }
    // Anything else is read as a version-1 scene, which words syntax and version errors.
    auto scene = parseScene(json, sourceName, baseDirectory, factory);
    if (!scene)
        return scene.error();
    return SceneCollection::fromScene(scene.value());
}

Expected<SceneCollection> loadSceneCollectionFile(const QString &path, const LayerFactory &factory)
{
    auto json = readSceneDocument(path);
    if (!json)
        return json.error();
    return parseSceneCollection(*json, path, QFileInfo(path).absolutePath(), factory);
}

Expected<SceneCollection> loadCollectionOrDefault(const QString &path, const LayerFactory &factory)
{
    if (QFileInfo::exists(path))
        return loadSceneCollectionFile(path, factory);
    SceneCollection collection = SceneCollection::fromScene(builtInScene(), QStringLiteral("VIDA³"));
    collection.scenes.first().id = QStringLiteral("vida3");
    collection.programId = QStringLiteral("vida3");
    collection.sourceName = path;
    collection.baseDirectory = QFileInfo(path).absolutePath();
    return collection;
}

Expected<SceneCollection> sceneTemplates(const LayerFactory &factory)
{
    return loadSceneCollectionFile(QStringLiteral(":/vida3/scenes/templates.json"), factory);
}

}  // namespace vida3::studio
