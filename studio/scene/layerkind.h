// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/fieldreader.h"
#include "studio/scene/layerdescription.h"
#include "studio/scene/scenelayer.h"

#include <functional>
#include <QJsonValue>
#include <memory>
#include <QString>
#include <QStringList>

namespace vida3::studio {

// One kind-specific field as an editor shows it: what to offer (type, range, choices) and the
// value that applies when the field is absent. An inspector is built from these alone, so a
// new kind needs no new UI code.
struct FieldSpec
{
    enum class Type { Text, Number, Integer, Boolean, Color, Choice, File, Json };
    FieldSpec(QString fieldName, Type fieldType, QJsonValue fallback = QJsonValue(QJsonValue::Undefined),
              double lowest = 0, double highest = 0, QStringList options = {})
        : name(std::move(fieldName)), type(fieldType), defaultValue(std::move(fallback)), minimum(lowest),
          maximum(highest), choices(std::move(options))
    {
    }
    QString name;
    Type type = Type::Text;
    QJsonValue defaultValue;  // undefined: no default (the field is required, or has no fixed one)
    double minimum = 0;
    double maximum = 0;
    QStringList choices;  // Choice
};

// Everything the parser and the renderer need to know about one layer kind.
// A new kind ("browser", "camera") is one LayerKind registered in a LayerFactory.
struct LayerKind
{
    QString name;       // the JSON "kind" value
    QStringList fields; // kind-specific fields; any other non-common field is "unknown"
    QList<FieldSpec> schema;  // how an editor offers those fields (in this order)
    // Checks the kind-specific fields; reader wraps the layer object and words the errors.
    std::function<Status(const LayerDescription &, const FieldReader &)> validate;
    // Builds the layer from a description that passed validate(); nullptr if it cannot.
    std::function<std::unique_ptr<SceneLayer>(const LayerDescription &)> create;
};

// The kind of a layer whose fields parse into Layer::Settings (static parseSettings(FieldReader))
// and which is built as Layer(geometryPx, settings): validation and creation read the fields the
// same way, so a document that validates always builds.
template <typename Layer>
LayerKind settingsLayerKind(QString name, QStringList fields)
{
    LayerKind kind;
    kind.name = std::move(name);
    kind.fields = std::move(fields);
    kind.validate = [](const LayerDescription &, const FieldReader &reader) -> Status {
        auto settings = Layer::parseSettings(reader);
        return settings ? Status() : Status(settings.error());
    };
    kind.create = [](const LayerDescription &d) -> std::unique_ptr<SceneLayer> {
        auto settings = Layer::parseSettings(FieldReader(d.properties, d.id, QString()));
        if (!settings)
            return nullptr;
        return std::make_unique<Layer>(d.geometryPx, std::move(settings).value());
    };
    return kind;
}

} // namespace vida3::studio
