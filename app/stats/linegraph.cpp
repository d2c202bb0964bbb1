// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/stats/linegraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vida3::app {

LineGraph::LineGraph(QString title, QString unit, QWidget *parent)
    : QWidget(parent), m_title(std::move(title)), m_unit(std::move(unit))
{
    setAccessibleName(m_title);
    setMinimumHeight(80);
}

void LineGraph::setLines(QList<Line> lines, double spanSeconds)
{
    m_lines = std::move(lines);
    m_span = std::max(1.0, spanSeconds);
    QStringList summary;
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.points.isEmpty())
            summary.append(QStringLiteral("%1 %2 %3").arg(line.label).arg(line.points.last().y(), 0, 'f', 1).arg(m_unit));
    }
    setAccessibleDescription(summary.join(QStringLiteral(", ")));
    update();
}

void LineGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int lineHeight = fontMetrics().height();
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(4, 2, width() - 8, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const QRectF area(4, lineHeight + 6, width() - 8, height() - 2 * lineHeight - 12);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);

    double newest = 0;
    double peak = 0;
    for (const Line &line : std::as_const(m_lines)) {
        for (const QPointF &point : line.points) {
            newest = std::max(newest, point.x());
            peak = std::max(peak, point.y());
        }
    }
    const double top = peak > 0 ? peak * 1.15 : 1.0;
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(area.left() + 2, area.top(), area.width() - 4, lineHeight), Qt::AlignRight | Qt::AlignTop,
               QStringLiteral("%1 %2").arg(peak, 0, 'f', peak < 10 ? 1 : 0).arg(m_unit));
    const auto x = [&](double s) { return area.right() - (newest - s) / m_span * area.width(); };
    const auto y = [&](double v) { return area.bottom() - v / top * area.height(); };
    p.setClipRect(area);
    for (const Line &line : std::as_const(m_lines)) {
        if (line.points.isEmpty())
            continue;
        QPainterPath path;
        path.moveTo(x(line.points.first().x()), y(line.points.first().y()));
        for (const QPointF &point : line.points)
            path.lineTo(x(point.x()), y(point.y()));
        p.setPen(QPen(line.colour, 1.6));
        p.drawPath(path);
    }
    p.setClipping(false);
    // Legend: each line's colour, label and latest value.
    qreal legendX = 4;
    for (const Line &line : std::as_const(m_lines)) {
        const QString text = line.points.isEmpty()
            ? line.label
            : QStringLiteral("%1 %2").arg(line.label).arg(line.points.last().y(), 0, 'f', line.points.last().y() < 10 ? 1 : 0);
        p.fillRect(QRectF(legendX, height() - lineHeight + 3, 8, 8), line.colour);
        p.setPen(palette().color(QPalette::Text));
        const qreal w = fontMetrics().horizontalAdvance(text);
        p.drawText(QRectF(legendX + 11, height() - lineHeight - 2, w + 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        legendX += w + 22;
    }
}

}  // namespace vida3::app
