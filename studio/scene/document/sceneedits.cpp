// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/sceneedits.h"

#include "studio/scene/document/scenecommands.h"
#include "studio/scene/document/scenedocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vida3::studio::sceneedits {

namespace {
// The context these strings are translated under (lupdate reads SceneEdits::tr calls).
struct SceneEdits
{
    Q_DECLARE_TR_FUNCTIONS(SceneEdits)
};

Error refused(const QString &why)
{
    return Error{ErrorCode::InvalidArgument, why};
}

// An id from a name: lower case, dashes for anything else ("Be right back" → "be-right-back").
QString idFromName(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString id = name.toLower().replace(other, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("scene") : id.left(64);
}

Status checkName(const SceneDocument &document, const QString &name, const QString &exceptId)
{
    if (name.trimmed().isEmpty())
        return refused(SceneEdits::tr("A scene needs a name."));
    if (name.size() > SceneCollection::kMaxNameLength)
        return refused(SceneEdits::tr("A scene name has at most %1 characters.").arg(SceneCollection::kMaxNameLength));
    for (const CollectionScene &scene : document.collection().scenes) {
        if (scene.name == name && scene.id != exceptId)
            return refused(SceneEdits::tr("There is already a scene called \u201C%1\u201D.").arg(name));
    }
    return {};
}

qsizetype insertionIndex(const SceneDocument &document, qsizetype after)
{
    return after < 0 || after >= document.sceneCount() ? document.sceneCount() : after + 1;
}

qsizetype indexOf(const SceneDocument &document, const QString &sceneId)
{
    return document.sceneIndex(sceneId);
}
}  // namespace

Expected<QString> addSceneFrom(SceneDocument &document, const CollectionScene &source, qsizetype after)
{
    if (document.sceneCount() >= SceneCollection::kMaxScenes)
        return refused(SceneEdits::tr("A collection holds at most %1 scenes.").arg(SceneCollection::kMaxScenes));
    CollectionScene scene = source;
    // Room for the " 2" freeName may add: a name never grows past the limit.
    const QString base = source.name.trimmed().isEmpty() ? SceneEdits::tr("Scene") : source.name.trimmed();
    scene.name = document.collection().freeName(base.left(SceneCollection::kMaxNameLength - 4));
    scene.id = document.collection().freeId(idFromName(scene.name));
    scene.scene.sourceName.clear();
    scene.scene.warnings.clear();
    document.push(new AddSceneCommand(document, scene, insertionIndex(document, after),
                                      SceneEdits::tr("Add scene \u201C%1\u201D").arg(scene.name)));
    return scene.id;
}

Expected<QStringList> addScenes(SceneDocument &document, const QList<CollectionScene> &scenes, const QString &text)
{
    if (document.sceneCount() + scenes.size() > SceneCollection::kMaxScenes)
        return refused(SceneEdits::tr("A collection holds at most %1 scenes.").arg(SceneCollection::kMaxScenes));
    QStringList ids;
    document.undoStack().beginMacro(text);
    for (const CollectionScene &scene : scenes) {
        auto id = addSceneFrom(document, scene, -1);
        if (id)
            ids.append(*id);
    }
    document.undoStack().endMacro();
    return ids;
}

Expected<QString> addScene(SceneDocument &document, const QString &name, qsizetype after, QList<LayerDescription> layers)
{
    CollectionScene scene;
    scene.name = name;
    scene.scene.layers = std::move(layers);
    return addSceneFrom(document, scene, after);
}

Expected<QString> duplicateScene(SceneDocument &document, const QString &sceneId)
{
    const qsizetype index = indexOf(document, sceneId);
    if (index < 0)
        return refused(SceneEdits::tr("No such scene."));
    CollectionScene copy = document.scene(index);
    copy.name = SceneEdits::tr("%1 (copy)").arg(copy.name).left(SceneCollection::kMaxNameLength);
    return addSceneFrom(document, copy, index);
}

Status renameScene(SceneDocument &document, const QString &sceneId, const QString &name)
{
    const qsizetype index = indexOf(document, sceneId);
    if (index < 0)
        return refused(SceneEdits::tr("No such scene."));
    if (document.scene(index).name == name)
        return {};
    if (Status ok = checkName(document, name, sceneId); !ok)
        return ok;
    document.push(new RenameSceneCommand(document, sceneId, name));
    return {};
}

Status removeScene(SceneDocument &document, const QString &sceneId)
{
    if (indexOf(document, sceneId) < 0)
        return refused(SceneEdits::tr("No such scene."));
    if (document.sceneCount() <= 1)
        return refused(SceneEdits::tr("The last scene cannot be removed: a collection always has one."));
    document.push(new RemoveSceneCommand(document, sceneId));
    return {};
}

Status moveScene(SceneDocument &document, qsizetype from, qsizetype to)
{
    const qsizetype count = document.sceneCount();
    if (from < 0 || from >= count || to < 0 || to >= count)
        return refused(SceneEdits::tr("No such position."));
    if (from != to)
        document.push(new MoveSceneCommand(document, from, to));
    return {};
}

Status setProgram(SceneDocument &document, const QString &sceneId, const QString &text)
{
    const qsizetype index = indexOf(document, sceneId);
    if (index < 0)
        return refused(SceneEdits::tr("No such scene."));
    if (document.collection().programId == sceneId)
        return {};
    document.push(new SetProgramCommand(
        document, sceneId, text.isEmpty() ? SceneEdits::tr("Switch to \u201C%1\u201D").arg(document.scene(index).name) : text));
    return {};
}

Status setTransition(SceneDocument &document, const QString &sceneId, const std::optional<Transition> &transition)
{
    if (!sceneId.isEmpty() && indexOf(document, sceneId) < 0)
        return refused(SceneEdits::tr("No such scene."));
    if (sceneId.isEmpty() && !transition)
        return refused(SceneEdits::tr("The default transition cannot be empty."));
    if (transition && (transition->durationMs < 0 || transition->durationMs > Transition::kMaxDurationMs))
        return refused(SceneEdits::tr("A transition lasts 0 to %1 ms.").arg(Transition::kMaxDurationMs));
    const std::optional<Transition> current = sceneId.isEmpty()
        ? std::optional<Transition>(document.collection().transition)
        : document.scene(indexOf(document, sceneId)).transition;
    if (current != transition)
        document.push(new SetTransitionCommand(document, sceneId, transition));
    return {};
}

}  // namespace vida3::studio::sceneedits
