// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/history/sessiongraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vida3::app {

SessionGraph::SessionGraph(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionGraph"));
    setAccessibleName(tr("Bitrate and lost frames of the chosen session"));
    setMinimumHeight(90);
}

void SessionGraph::setSeries(const QList<studio::history::SeriesPoint> &series)
{
    m_series = series;
    update();
}

void SessionGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -fontMetrics().height() - 6);
    p.fillRect(rect(), palette().base());
    if (m_series.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No graph for this session"));
        return;
    }
    const double duration = std::max(1.0, m_series.last().seconds);
    double peak = 1;
    for (const studio::history::SeriesPoint &point : m_series)
        peak = std::max(peak, point.kbps);
    const auto x = [&](double seconds) { return area.left() + area.width() * seconds / duration; };
    const auto y = [&](double kbps) { return area.bottom() - area.height() * kbps / (peak * 1.1); };
    QPainterPath line;
    line.moveTo(x(m_series.first().seconds), y(m_series.first().kbps));
    for (const studio::history::SeriesPoint &point : m_series)
        line.lineTo(x(point.seconds), y(point.kbps));
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawPath(line);
    // Lost frames: a red mark wherever the count grew.
    p.setPen(QPen(QColor(220, 50, 47), 2));
    for (qsizetype i = 1; i < m_series.size(); ++i) {
        if (m_series[i].lost > m_series[i - 1].lost)
            p.drawLine(QPointF(x(m_series[i].seconds), area.top()), QPointF(x(m_series[i].seconds), area.bottom()));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fontMetrics().height() + 4), Qt::AlignLeft,
               tr("peak %1 kbps").arg(qRound(peak)));
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fontMetrics().height() + 4), Qt::AlignRight,
               tr("%n min", nullptr, qRound(duration / 60)));
}

}  // namespace vida3::app
