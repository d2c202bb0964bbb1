// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scenecollection.h"

#include <QByteArray>
#include <QJsonObject>

namespace vida3::studio {

// The JSON of one layer, every common field explicit, then its properties and the unknown
// fields it was read with: parsing it gives the same LayerDescription back.
QJsonObject layerToJson(const LayerDescription &layer);

// A collection as a version-2 document (indented, keys in a stable order). Parsing it back and
// writing it again gives the same bytes.
QByteArray collectionToJson(const SceneCollection &collection);

}  // namespace vida3::studio
