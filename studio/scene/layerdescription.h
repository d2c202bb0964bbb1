// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QMarginsF>
#include <QRectF>
#include <QString>

namespace vida3::studio {

// One validated entry of a scene's "layers" array. Geometry is in reference-canvas pixels;
// the renderer scales it to the output size.
struct LayerDescription
{
    bool operator==(const LayerDescription &) const = default;

    QString id;   // unique within the scene, stable across edits
    QString kind; // key of the LayerFactory entry that builds it ("vida3", "color", ...)
    QRectF geometryPx;
    double opacity = 1.0;
    double rotation = 0.0;  // degrees, clockwise, around the rectangle's centre
    // Cropped off each side, in reference pixels, the content staying where it is (Alt-drag):
    // only geometryPx minus trim shows.
    QMarginsF trim;
    int z = 0; // paint order, low first; ties keep document order
    bool visible = true;
    bool locked = false;       // an editor does not move or select it on the canvas; renders as usual
    QJsonObject properties;    // kind-specific fields the kind declares, as written
    QJsonObject unknownFields; // kept so an editor can write them back; never interpreted
    QString baseDirectory;     // folder of the scene file; relative paths resolve against it
};

} // namespace vida3::studio
