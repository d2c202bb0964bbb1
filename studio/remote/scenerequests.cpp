// SPDX-License-Identifier: GPL-2.0-or-later
// Scenes, studio mode, scene items and transitions.
#include "studio/remote/remoteprotocol.h"
#include "studio/remote/requestfields.h"
#include "studio/remote/requestrouter.h"

#include <QJsonArray>

#include <cmath>

namespace vida3::studio::remote {

namespace {

QJsonValue nameOrNull(const RemoteStudio &studio, const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sceneName(studio, id));
}

QJsonValue uuidOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sceneUuid(id));
}

QString transitionKind(const QString &name)
{
    if (name == u"Cut")
        return QStringLiteral("cut_transition");
    if (name == u"Fade")
        return QStringLiteral("fade_transition");
    return QStringLiteral("swipe_transition");
}

RequestResult sceneList(const RemoteStudio &studio)
{
    const QJsonArray array = sceneListArray(studio);
    const QString program = studio.programScene();
    const QString preview = studio.previewScene();
    return RequestResult::with({{QStringLiteral("currentProgramSceneName"), nameOrNull(studio, program)},
                                {QStringLiteral("currentProgramSceneUuid"), uuidOrNull(program)},
                                {QStringLiteral("currentPreviewSceneName"), nameOrNull(studio, preview)},
                                {QStringLiteral("currentPreviewSceneUuid"), uuidOrNull(preview)},
                                {QStringLiteral("scenes"), array}});
}

RequestResult currentScene(const RemoteStudio &studio, const QString &id, const QString &legacyPrefix)
{
    const QString name = sceneName(studio, id);
    return RequestResult::with({{QStringLiteral("sceneName"), name},
                                {QStringLiteral("sceneUuid"), sceneUuid(id)},
                                {legacyPrefix + QStringLiteral("Name"), name},
                                {legacyPrefix + QStringLiteral("Uuid"), sceneUuid(id)}});
}

// OBS's transform of an item, from the layer's rectangle (scale 1: a layer is drawn at its size).
QJsonObject transform(const RemoteStudio::ItemInfo &item)
{
    const QRectF &g = item.geometry;
    return {{QStringLiteral("positionX"), g.x()},
            {QStringLiteral("positionY"), g.y()},
            {QStringLiteral("rotation"), item.rotation},
            {QStringLiteral("scaleX"), 1.0},
            {QStringLiteral("scaleY"), 1.0},
            {QStringLiteral("sourceWidth"), g.width()},
            {QStringLiteral("sourceHeight"), g.height()},
            {QStringLiteral("width"), g.width()},
            {QStringLiteral("height"), g.height()},
            {QStringLiteral("alignment"), 5},
            {QStringLiteral("boundsType"), QStringLiteral("OBS_BOUNDS_NONE")},
            {QStringLiteral("boundsAlignment"), 0},
            {QStringLiteral("boundsWidth"), 0.0},
            {QStringLiteral("boundsHeight"), 0.0},
            {QStringLiteral("cropLeft"), qRound(item.crop.left())},
            {QStringLiteral("cropTop"), qRound(item.crop.top())},
            {QStringLiteral("cropRight"), qRound(item.crop.right())},
            {QStringLiteral("cropBottom"), qRound(item.crop.bottom())},
            {QStringLiteral("cropToBounds"), false}};
}

RequestResult sceneItemList(const RemoteStudio &studio, const QJsonObject &data)
{
    Outcome error;
    const std::optional<QString> scene = sceneField(data, studio, &error);
    if (!scene)
        return RequestResult::from(error);
    QJsonArray items;
    const QList<RemoteStudio::ItemInfo> list = studio.sceneItems(*scene);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const RemoteStudio::ItemInfo &item = list[i];
        items.append(QJsonObject{
            {QStringLiteral("sceneItemId"), item.id},
            {QStringLiteral("sceneItemIndex"), static_cast<qint64>(i)},
            {QStringLiteral("sceneItemEnabled"), item.enabled},
            {QStringLiteral("sceneItemLocked"), item.locked},
            {QStringLiteral("sceneItemTransform"), transform(item)},
            {QStringLiteral("sceneItemBlendMode"), QStringLiteral("OBS_BLEND_NORMAL")},
            {QStringLiteral("sourceName"), item.name},
            {QStringLiteral("sourceUuid"), sceneUuid(*scene + QLatin1Char('/') + item.name)},
            {QStringLiteral("sourceType"), QStringLiteral("OBS_SOURCE_TYPE_INPUT")},
            {QStringLiteral("inputKind"), item.kind},
            {QStringLiteral("isGroup"), false},
        });
    }
    return RequestResult::with({{QStringLiteral("sceneItems"), items}});
}

RequestResult setItemEnabled(RemoteStudio &studio, const QJsonObject &data)
{
    Outcome error;
    const std::optional<QString> scene = sceneField(data, studio, &error);
    if (!scene)
        return RequestResult::from(error);
    const std::optional<double> id = numberField(data, QStringLiteral("sceneItemId"), 0, 1e9, &error);
    if (!id)
        return RequestResult::from(error);
    if (std::trunc(*id) != *id)
        return RequestResult::fail(status::InvalidRequestFieldType, QStringLiteral("The field `sceneItemId` must be an integer."));
    const std::optional<bool> enabled = boolField(data, QStringLiteral("sceneItemEnabled"), &error);
    if (!enabled)
        return RequestResult::from(error);
    return RequestResult::from(studio.setItemEnabled(*scene, static_cast<int>(*id), *enabled));
}

QJsonObject transitionEntry(const RemoteStudio::TransitionInfo &t)
{
    return {{QStringLiteral("transitionName"), t.name},
            {QStringLiteral("transitionUuid"), transitionUuid(t.name)},
            {QStringLiteral("transitionKind"), transitionKind(t.name)},
            {QStringLiteral("transitionFixed"), t.fixed},
            {QStringLiteral("transitionConfigurable"), false}};
}

}  // namespace

void addSceneRequests(RequestTable &table, RemoteStudio &studio)
{
    RemoteStudio *s = &studio;
    table.insert(QStringLiteral("GetSceneList"), [s](const QJsonObject &) { return sceneList(*s); });
    table.insert(QStringLiteral("GetCurrentProgramScene"), [s](const QJsonObject &) {
        return currentScene(*s, s->programScene(), QStringLiteral("currentProgramScene"));
    });
    table.insert(QStringLiteral("SetCurrentProgramScene"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<QString> scene = sceneField(data, *s, &error);
        return scene ? RequestResult::from(s->setProgramScene(*scene)) : RequestResult::from(error);
    });
    table.insert(QStringLiteral("GetCurrentPreviewScene"), [s](const QJsonObject &) {
        if (!s->studioMode())
            return RequestResult::fail(status::StudioModeNotActive, QStringLiteral("Studio mode is not active."));
        return currentScene(*s, s->previewScene(), QStringLiteral("currentPreviewScene"));
    });
    table.insert(QStringLiteral("SetCurrentPreviewScene"), [s](const QJsonObject &data) {
        if (!s->studioMode())
            return RequestResult::fail(status::StudioModeNotActive, QStringLiteral("Studio mode is not active."));
        Outcome error;
        const std::optional<QString> scene = sceneField(data, *s, &error);
        return scene ? RequestResult::from(s->setPreviewScene(*scene)) : RequestResult::from(error);
    });
    table.insert(QStringLiteral("GetStudioModeEnabled"), [s](const QJsonObject &) {
        return RequestResult::with({{QStringLiteral("studioModeEnabled"), s->studioMode()}});
    });
    table.insert(QStringLiteral("SetStudioModeEnabled"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<bool> enabled = boolField(data, QStringLiteral("studioModeEnabled"), &error);
        return enabled ? RequestResult::from(s->setStudioMode(*enabled)) : RequestResult::from(error);
    });
    table.insert(QStringLiteral("TriggerStudioModeTransition"), [s](const QJsonObject &) {
        if (!s->studioMode())
            return RequestResult::fail(status::StudioModeNotActive, QStringLiteral("Studio mode is not active."));
        return RequestResult::from(s->triggerTransition());
    });
    table.insert(QStringLiteral("GetSceneItemList"), [s](const QJsonObject &data) { return sceneItemList(*s, data); });
    table.insert(QStringLiteral("SetSceneItemEnabled"), [s](const QJsonObject &data) { return setItemEnabled(*s, data); });
    table.insert(QStringLiteral("GetSceneTransitionList"), [s](const QJsonObject &) {
        QJsonArray array;
        for (const RemoteStudio::TransitionInfo &t : s->transitions())
            array.append(transitionEntry(t));
        const RemoteStudio::TransitionInfo current = s->currentTransition();
        return RequestResult::with({{QStringLiteral("currentSceneTransitionName"), current.name},
                                    {QStringLiteral("currentSceneTransitionUuid"), transitionUuid(current.name)},
                                    {QStringLiteral("currentSceneTransitionKind"), transitionKind(current.name)},
                                    {QStringLiteral("transitions"), array}});
    });
    table.insert(QStringLiteral("GetCurrentSceneTransition"), [s](const QJsonObject &) {
        const RemoteStudio::TransitionInfo t = s->currentTransition();
        QJsonObject data = transitionEntry(t);
        data.insert(QStringLiteral("transitionDuration"), t.fixed ? QJsonValue(QJsonValue::Null) : QJsonValue(t.durationMs));
        data.insert(QStringLiteral("transitionSettings"), QJsonValue(QJsonValue::Null));
        return RequestResult::with(data);
    });
    table.insert(QStringLiteral("SetCurrentSceneTransition"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<QString> name = stringField(data, QStringLiteral("transitionName"), &error);
        return name ? RequestResult::from(s->setTransition(*name, std::nullopt)) : RequestResult::from(error);
    });
    table.insert(QStringLiteral("SetCurrentSceneTransitionDuration"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<double> ms = numberField(data, QStringLiteral("transitionDuration"), 50, 20000, &error);
        return ms ? RequestResult::from(s->setTransition(s->currentTransition().name, static_cast<int>(*ms)))
                  : RequestResult::from(error);
    });
}

}  // namespace vida3::studio::remote
