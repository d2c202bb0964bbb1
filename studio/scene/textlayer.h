// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerkind.h"
#include "studio/scene/scenelayer.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

namespace vida3::studio {

class FieldReader;

// Kind "text": "text" in "font"/"size" (reference px)/"color"/"align"/"bold", vertically
// centred in the layer rect. "clock": true, or a "{time}" placeholder, shows the wall-clock
// time of day (HH:mm:ss) — the one deliberate use of the wall clock in a scene. The text is
// laid out and rasterised only when the displayed string changes; paint() is one blit.
class TextLayer final : public SceneLayer
{
public:
    struct Settings
    {
        QString text; // may contain "{time}"
        QString fontFamily;
        double sizePx = 48.0;
        QColor color = Qt::white;
        Qt::Alignment align = Qt::AlignLeft;
        bool bold = false;
    };

    static LayerKind layerKind();
    static Expected<Settings> parseSettings(const FieldReader &reader);

    TextLayer(const QRectF &geometryPx, Settings settings);

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;

private:
    void rasterise(const QString &text);

    QRectF m_geometryPx;
    Settings m_settings;
    bool m_showsTime = false;
    QFont m_font;
    QRectF m_layerRect;
    QPoint m_position;
    QImage m_image; // visible part of the layer, reused for every re-rasterisation
    int m_shownSecond = -1;
};

} // namespace vida3::studio
