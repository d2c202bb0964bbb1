// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerdescription.h"

#include <QList>
#include <QSize>
#include <QString>

namespace vida3::app {

// The kinds the Add layer menu offers, with what a new layer of each starts as.
struct NewLayerKind
{
    QString kind;   // the LayerFactory name
    QString label;  // menu text (translated)
    enum class Needs { Nothing, ImageFile, MediaFile, SourceName } needs = Needs::Nothing;
};

QList<NewLayerKind> newLayerKinds(bool browserSources);

// A new layer of kind (id and z are given when it is added): sensible properties and a
// geometry on a canvas of canvasSize. input is the file or name asked for (Needs).
studio::LayerDescription newLayer(const QString &kind, QSize canvasSize, const QString &input = {});

}  // namespace vida3::app
