// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerkind.h"
#include "studio/scene/scenelayer.h"

#include <QImage>
#include <QRectF>
#include <QString>

namespace vida3::studio {

class FieldReader;

// Kind "image": a PNG, JPEG or SVG ("source", relative to the scene file or ":/...")
// fitted into the layer rect ("fit": contain | cover | stretch). Decoded and scaled once in
// prepare(); paint() is one blit.
class ImageLayer final : public SceneLayer
{
public:
    enum class Fit { Contain, Cover, Stretch };
    struct Settings
    {
        QString path; // resolved
        Fit fit = Fit::Contain;
    };

    static LayerKind layerKind();
    static Expected<Settings> parseSettings(const FieldReader &reader, const QString &baseDirectory);

    ImageLayer(const QRectF &geometryPx, Settings settings);

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;

private:
    QRectF m_geometryPx;
    Settings m_settings;
    QPoint m_position;
    QImage m_image; // visible part at output size; null if decoding failed
};

} // namespace vida3::studio
