// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerdescription.h"

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace vida3::studio {

// A parsed, validated scene document (see studio/scene/README.md for the format).
// A plain value: cheap to copy, safe to hand to another thread.
struct Scene
{
    static constexpr int kFormatVersion = 1;
    static constexpr QSize kDefaultCanvasSize{1280, 720};

    QString sourceName;    // file name or label used in messages
    QString baseDirectory; // folder relative image paths resolve against
    int version = kFormatVersion;
    QSize canvasSize = kDefaultCanvasSize; // reference canvas; layer geometry is in its pixels
    QList<LayerDescription> layers;        // document order
    QJsonObject unknownFields;             // top-level fields this build does not know
    QStringList warnings;                  // unknown fields and other non-fatal findings

    // "base", then "base2", "base3", …: the first layer id this scene does not use.
    QString freeLayerId(const QString &base) const;
    // A z above every layer: where a layer added "on top" goes.
    int topZ() const;
};

} // namespace vida3::studio
