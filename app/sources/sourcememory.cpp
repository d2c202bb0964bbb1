// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sources/sourcememory.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vida3::app {

QString layerToText(const studio::LayerDescription &layer)
{
    const QJsonObject object{
        {QStringLiteral("id"), layer.id},
        {QStringLiteral("kind"), layer.kind},
        {QStringLiteral("x"), layer.geometryPx.x()},
        {QStringLiteral("y"), layer.geometryPx.y()},
        {QStringLiteral("width"), layer.geometryPx.width()},
        {QStringLiteral("height"), layer.geometryPx.height()},
        {QStringLiteral("z"), layer.z},
        {QStringLiteral("properties"), layer.properties},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<studio::LayerDescription> layerFromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (o.value(QStringLiteral("id")).toString().isEmpty()
        || (kind != u"camera" && kind != u"screen" && kind != u"media"))
        return std::nullopt;
    studio::LayerDescription layer;
    layer.id = o.value(QStringLiteral("id")).toString();
    layer.kind = kind;
    layer.geometryPx = QRectF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble(),
                              o.value(QStringLiteral("width")).toDouble(), o.value(QStringLiteral("height")).toDouble());
    layer.z = o.value(QStringLiteral("z")).toInt();
    layer.properties = o.value(QStringLiteral("properties")).toObject();
    if (layer.geometryPx.isEmpty())
        return std::nullopt;
    return layer;
}

}  // namespace vida3::app
