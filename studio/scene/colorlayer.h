// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerkind.h"
#include "studio/scene/scenelayer.h"

#include <QColor>
#include <QGradientStops>
#include <QImage>
#include <QRectF>

namespace vida3::studio {

class FieldReader;

// Kind "color": a solid colour ("color") or a linear/radial gradient ("gradient").
// Gradients are rendered once in prepare(); paint() is a single blit or fill.
class ColorLayer final : public SceneLayer
{
public:
    enum class Fill { Solid, Linear, Radial };
    struct Settings
    {
        Fill fill = Fill::Solid;
        QColor color;
        double angleDeg = 90.0; // linear only: 0 = left to right, 90 = top to bottom
        QGradientStops stops;
    };

    static LayerKind layerKind();
    static Expected<Settings> parseSettings(const FieldReader &reader);

    ColorLayer(const QRectF &geometryPx, Settings settings);

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;
    bool isOpaque() const override;

private:
    QRectF m_geometryPx;
    Settings m_settings;
    QRect m_visibleRect;
    QImage m_image; // pre-rendered gradient; null for a solid colour
};

} // namespace vida3::studio
