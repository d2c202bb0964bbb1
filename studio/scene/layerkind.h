// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerdescription.h"
#include "studio/scene/scenelayer.h"

#include <functional>
#include <memory>
#include <QString>
#include <QStringList>

namespace vida3::studio {

class FieldReader;

// Everything the parser and the renderer need to know about one layer kind.
// A new kind ("browser", "camera") is one LayerKind registered in a LayerFactory.
struct LayerKind
{
    QString name;       // the JSON "kind" value
    QStringList fields; // kind-specific fields; any other non-common field is "unknown"
    // Checks the kind-specific fields; reader wraps the layer object and words the errors.
    std::function<Status(const LayerDescription &, const FieldReader &)> validate;
    // Builds the layer from a description that passed validate(); nullptr if it cannot.
    std::function<std::unique_ptr<SceneLayer>(const LayerDescription &)> create;
};

} // namespace vida3::studio
