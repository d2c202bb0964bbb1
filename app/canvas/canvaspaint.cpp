// SPDX-License-Identifier: GPL-2.0-or-later
// CanvasEditor's drawing: focus frame, safe areas and the 9:16 guide, snapping guides, and the
// selection with its handles, rotation knob and position label.
#include "app/canvas/canvaseditor.h"

#include "app/previewwidget.h"

#include <QPainter>

#include <cmath>

namespace vida3::app {

namespace {
const QColor kSelection(0x8b, 0x5c, 0xf6);
const QColor kGuide(0x22, 0xd3, 0xee);
const QColor kSafe(255, 255, 255, 110);
}  // namespace

void CanvasEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QTransform toWidget = canvasToWidget();
    if (hasFocus()) {
        painter.setPen(QPen(kSelection, 2, Qt::DotLine));
        painter.drawRect(toWidget.mapRect(QRectF(QPointF(0, 0), canvasSize())).adjusted(1, 1, -1, -1));
    }
    if (m_safeAreas) {
        painter.setPen(QPen(kSafe, 1, Qt::DashLine));
        painter.drawRect(toWidget.mapRect(studio::geometry::actionSafe(canvasSize())));
        painter.drawRect(toWidget.mapRect(studio::geometry::titleSafe(canvasSize())));
    }
    if (m_vertical) {
        painter.setPen(QPen(kGuide, 1, Qt::DashLine));
        painter.drawRect(toWidget.mapRect(studio::geometry::vertical916(canvasSize())));
    }
    painter.setPen(QPen(kGuide, 1));
    for (const QLineF &guide : std::as_const(m_guides))
        painter.drawLine(toWidget.map(guide));
    const QStringList ids = selectedIds();
    for (const QString &id : ids) {
        const QRectF canvasRect = layerRect(id);
        const double degrees = layerRotation(id);
        const QRectF full = canvasRect.normalized();
        const QRectF c = full - layerTrim(id);  // what shows: the outline and the handles sit on it
        const QRectF r = toWidget.mapRect(c);
        QPolygonF outline;
        for (const QPointF &p : {c.topLeft(), c.topRight(), c.bottomRight(), c.bottomLeft()})
            outline.append(studio::geometry::fromLocal(p, full, degrees));
        painter.setPen(QPen(kSelection, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(toWidget.map(outline));
        if (ids.size() != 1)
            continue;
        painter.setBrush(Qt::white);
        for (const QPointF &p : {c.topLeft(), c.topRight(), c.bottomLeft(), c.bottomRight(), QPointF(c.center().x(), c.top()),
                                 QPointF(c.center().x(), c.bottom()), QPointF(c.left(), c.center().y()),
                                 QPointF(c.right(), c.center().y())}) {
            const QPointF at = toWidget.map(studio::geometry::fromLocal(p, full, degrees));
            painter.drawRect(QRectF(at - QPointF(kHandlePx / 2, kHandlePx / 2), QSizeF(kHandlePx, kHandlePx)));
        }
        if (!isLocked(id)) {
            const QPointF knob = rotationHandle(id);
            painter.drawLine(toWidget.map(studio::geometry::fromLocal(QPointF(c.center().x(), c.top()), full, degrees)), knob);
            painter.drawEllipse(knob, kHandlePx / 2 + 1, kHandlePx / 2 + 1);
        }
        // Distances to the canvas edges, in canvas pixels.
        const studio::geometry::EdgeDistances d = studio::geometry::distancesToCanvas(layerRect(id), canvasSize());
        painter.setPen(kGuide);
        painter.drawText(QPointF(r.left() + 4, r.top() - 6), QStringLiteral("%1, %2  %3 \u00D7 %4")
                                                                 .arg(std::lround(d.left)).arg(std::lround(d.top))
                                                                 .arg(std::lround(layerRect(id).width()))
                                                                 .arg(std::lround(layerRect(id).height())));
    }
}

}  // namespace vida3::app
