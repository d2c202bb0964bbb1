// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/frametime.h"

#include <cmath>
#include <QRect>
#include <QSize>
#include <QTransform>

class QPainter;

namespace vida3::studio {

// One drawable layer of a scene, built by a LayerFactory from a LayerDescription.
// Lives on the render thread only. prepare() runs once per output size before the first
// paint(); it does all decoding, scaling and caching so paint() stays cheap and does not
// allocate in steady state.
class SceneLayer
{
public:
    virtual ~SceneLayer() = default;

    // referenceToOutput maps reference-canvas pixels to output pixels.
    virtual void prepare(QSize outputSize, const QTransform &referenceToOutput) = 0;

    // Paints in output pixels with the painter's transform at identity. The renderer has
    // set opacity and SourceOver; a layer restores any other state it changes.
    virtual void paint(QPainter &painter, const FrameTime &time) = 0;

    // True when paint() covers every pixel of the layer's rectangle with opaque colour,
    // which lets the renderer skip clearing the frame underneath.
    virtual bool isOpaque() const { return false; }

protected:
    SceneLayer() = default;
    SceneLayer(const SceneLayer &) = delete;
    SceneLayer &operator=(const SceneLayer &) = delete;
};

// A layer's rectangle in output pixels, snapped to whole pixels so adjacent layers tile.
// Stays floating point: a wild reference geometry may not fit an int.
inline QRectF snappedOutputRect(const QRectF &geometryPx, const QTransform &referenceToOutput)
{
    const QRectF r = referenceToOutput.mapRect(geometryPx);
    const double left = std::round(r.left());
    const double top = std::round(r.top());
    return QRectF(left, top, std::round(r.right()) - left, std::round(r.bottom()) - top);
}

// The part of outputRect inside the frame: the only part worth caching pixels for.
inline QRect visibleOutputRect(const QRectF &outputRect, QSize outputSize)
{
    const QRectF clipped = outputRect.intersected(QRectF(QPointF(0, 0), QSizeF(outputSize)));
    if (clipped.isEmpty())
        return {};
    return clipped.toAlignedRect();
}

} // namespace vida3::studio
