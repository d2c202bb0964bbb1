// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/requestfields.h"

#include "studio/remote/remoteprotocol.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace vida3::studio::remote {

namespace {
const QUuid kSceneNamespace(QStringLiteral("{5d1b8f5e-7c4a-4a8e-9a63-2f0d3c1e9b71}"));
const QUuid kInputNamespace(QStringLiteral("{0b6f4a53-1f7e-4c0e-8d8c-6a2f3e7d5c19}"));

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

bool present(const QJsonObject &data, const QString &name, Outcome *error)
{
    if (data.contains(name) && !data.value(name).isNull())
        return true;
    *error = Outcome::fail(status::MissingRequestField, QStringLiteral("Your request is missing the `%1` field.").arg(name));
    return false;
}
}  // namespace

bool hasField(const QJsonObject &data, const QString &name)
{
    return data.contains(name) && !data.value(name).isNull();
}

std::optional<QString> stringField(const QJsonObject &data, const QString &name, Outcome *error)
{
    if (!present(data, name, error))
        return std::nullopt;
    const QJsonValue v = data.value(name);
    if (!v.isString()) {
        *error = Outcome::fail(status::InvalidRequestFieldType, QStringLiteral("The field `%1` must be a string.").arg(name));
        return std::nullopt;
    }
    if (v.toString().isEmpty()) {
        *error = Outcome::fail(status::RequestFieldEmpty, QStringLiteral("The field `%1` is empty.").arg(name));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> boolField(const QJsonObject &data, const QString &name, Outcome *error)
{
    if (!present(data, name, error))
        return std::nullopt;
    const QJsonValue v = data.value(name);
    if (!v.isBool()) {
        *error = Outcome::fail(status::InvalidRequestFieldType, QStringLiteral("The field `%1` must be a boolean.").arg(name));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<double> numberField(const QJsonObject &data, const QString &name, double min, double max, Outcome *error)
{
    if (!present(data, name, error))
        return std::nullopt;
    const QJsonValue v = data.value(name);
    if (!v.isDouble()) {
        *error = Outcome::fail(status::InvalidRequestFieldType, QStringLiteral("The field `%1` must be a number.").arg(name));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        *error = Outcome::fail(status::RequestFieldOutOfRange,
                               QStringLiteral("The field `%1` is outside %2 … %3.").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

QString sceneUuid(const QString &sceneId)
{
    return uuidText(QUuid::createUuidV5(kSceneNamespace, sceneId));
}

QString inputUuid(const QString &inputName)
{
    return uuidText(QUuid::createUuidV5(kInputNamespace, inputName));
}

std::optional<QString> sceneField(const QJsonObject &data, const RemoteStudio &studio, Outcome *error)
{
    const bool byUuid = hasField(data, QStringLiteral("sceneUuid"));
    const QString field = byUuid ? QStringLiteral("sceneUuid") : QStringLiteral("sceneName");
    const std::optional<QString> wanted = stringField(data, field, error);
    if (!wanted)
        return std::nullopt;
    for (const RemoteStudio::SceneInfo &scene : studio.scenes()) {
        if (byUuid ? sceneUuid(scene.id) == *wanted : scene.name == *wanted)
            return scene.id;
    }
    *error = Outcome::fail(status::ResourceNotFound, QStringLiteral("No scene was found by that name or UUID."));
    return std::nullopt;
}

std::optional<RemoteStudio::InputInfo> inputField(const QJsonObject &data, const RemoteStudio &studio, Outcome *error)
{
    const bool byUuid = hasField(data, QStringLiteral("inputUuid"));
    const QString field = byUuid ? QStringLiteral("inputUuid") : QStringLiteral("inputName");
    const std::optional<QString> wanted = stringField(data, field, error);
    if (!wanted)
        return std::nullopt;
    for (const RemoteStudio::InputInfo &input : studio.inputs()) {
        if (byUuid ? inputUuid(input.name) == *wanted : input.name == *wanted)
            return input;
    }
    *error = Outcome::fail(status::ResourceNotFound, QStringLiteral("No input was found by that name or UUID."));
    return std::nullopt;
}

QString sceneName(const RemoteStudio &studio, const QString &id)
{
    for (const RemoteStudio::SceneInfo &scene : studio.scenes()) {
        if (scene.id == id)
            return scene.name;
    }
    return {};
}

QString timecode(int64_t ms)
{
    const int64_t clamped = std::max<int64_t>(0, ms);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(clamped / 3600000, 2, 10, QLatin1Char('0'))
        .arg(clamped / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(clamped / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(clamped % 1000, 3, 10, QLatin1Char('0'));
}

QJsonArray sceneListArray(const RemoteStudio &studio)
{
    const QList<RemoteStudio::SceneInfo> scenes = studio.scenes();
    QJsonArray array;
    for (qsizetype i = scenes.size() - 1; i >= 0; --i) {
        array.append(QJsonObject{{QStringLiteral("sceneIndex"), static_cast<qint64>(scenes.size() - 1 - i)},
                                 {QStringLiteral("sceneName"), scenes[i].name},
                                 {QStringLiteral("sceneUuid"), sceneUuid(scenes[i].id)}});
    }
    return array;
}

QString transitionUuid(const QString &transitionName)
{
    return sceneUuid(QStringLiteral("transition:") + transitionName);
}

double volumeMul(double db)
{
    return std::isfinite(db) && db > -100 ? std::pow(10.0, db / 20.0) : 0.0;
}

double volumeDb(double db)
{
    return std::isfinite(db) ? std::max(-100.0, db) : -100.0;
}

QString publicServerUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid())
        return {};
    QUrl::FormattingOptions strip = QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment;
    if (parsed.scheme() == u"srt")
        strip |= QUrl::RemovePath;
    return parsed.adjusted(strip).toString();
}

}  // namespace vida3::studio::remote
