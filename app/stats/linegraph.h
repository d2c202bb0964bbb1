// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace vida3::app {

// A small graph of one or more lines over time, with its title, the largest value on the scale
// and a legend: what the Stats dock draws each measure with.
class LineGraph : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString label;
        QColor colour;
        QList<QPointF> points;  // x: seconds
    };

    LineGraph(QString title, QString unit, QWidget *parent = nullptr);
    // spanSeconds: the time shown (the newest point at the right edge).
    void setLines(QList<Line> lines, double spanSeconds);
    const QList<Line> &lines() const { return m_lines; }
    QSize sizeHint() const override { return {280, 110}; }
    QSize minimumSizeHint() const override { return {160, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_unit;
    QList<Line> m_lines;
    double m_span = 300;
};

}  // namespace vida3::app
