// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace vida3::app {

// A small coloured square for one destination's congestion: green, yellow or red while it
// sends, grey otherwise. The tooltip gives the figure.
class CongestionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit CongestionIndicator(QWidget *parent = nullptr);

    // `congestion` 0..1; inactive: nothing is being sent, the square is grey.
    void setCongestion(double congestion, bool active);
    QColor colour() const { return m_colour; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_colour;
};

}  // namespace vida3::app
