// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/history/sessionrecord.h"

#include <QWidget>

namespace vida3::app {

// A kept session's small report: the streams' bitrate over its duration as a line, frames lost
// as red marks where they happened, and the axis values.
class SessionGraph : public QWidget
{
    Q_OBJECT

public:
    explicit SessionGraph(QWidget *parent = nullptr);
    void setSeries(const QList<studio::history::SeriesPoint> &series);
    QSize sizeHint() const override { return {320, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<studio::history::SeriesPoint> m_series;
};

}  // namespace vida3::app
