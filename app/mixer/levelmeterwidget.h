// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/mixer/meterballistics.h"

#include <QWidget>

namespace vida3::app {

// A horizontal level meter, −60 … 0 dBFS: the peak bar in zones (green below −20 dBFS, yellow
// to −9, red above), the RMS as a brighter inner bar, the peak hold as a tick, the whole bar
// red for a second after a clip. Greyed while the channel is muted (it still moves). Its
// accessible description says the levels in words for screen readers.
class LevelMeterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LevelMeterWidget(QWidget *parent = nullptr);

    // One reading (what accumulated since the last) and the seconds since then.
    void setReading(double peakDbfs, double rmsDbfs, double dtS, bool muted);
    const MeterBallistics &ballistics() const { return m_ballistics; }
    QSize sizeHint() const override { return {220, 10}; }
    QSize minimumSizeHint() const override { return {80, 8}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MeterBallistics m_ballistics;
    bool m_muted = false;
    double m_describedAgoS = 0;
};

}  // namespace vida3::app
