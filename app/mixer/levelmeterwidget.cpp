// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/mixer/levelmeterwidget.h"

#include <QPainter>

namespace vida3::app {

namespace {
constexpr double kYellowDb = -20;  // EBU alignment level
constexpr double kRedDb = -9;      // permitted maximum level

QColor zoneColour(double db, bool muted, bool bright)
{
    if (muted)
        return bright ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x5a, 0x5a, 0x5a);
    if (db >= kRedDb)
        return bright ? QColor(0xff, 0x4c, 0x4c) : QColor(0x7f, 0x26, 0x26);
    if (db >= kYellowDb)
        return bright ? QColor(0xff, 0xff, 0x4c) : QColor(0x7f, 0x7f, 0x26);
    return bright ? QColor(0x4c, 0xff, 0x4c) : QColor(0x26, 0x7f, 0x26);
}
}  // namespace

LevelMeterWidget::LevelMeterWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Level meter"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LevelMeterWidget::setReading(double peakDbfs, double rmsDbfs, double dtS, bool muted)
{
    m_ballistics.update(peakDbfs, rmsDbfs, dtS);
    m_muted = muted;
    m_describedAgoS += dtS;
    if (m_describedAgoS >= 1.0) {  // words change slower than bars
        m_describedAgoS = 0;
        setAccessibleDescription(m_ballistics.peak() <= MeterBallistics::kFloorDb
                                     ? tr("silent")
                                     : tr("peak %1 dB, average %2 dB%3")
                                           .arg(m_ballistics.peak(), 0, 'f', 0)
                                           .arg(m_ballistics.rms(), 0, 'f', 0)
                                           .arg(m_muted ? tr(", muted") : QString()));
    }
    update();
}

void LevelMeterWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF r = rect();
    auto xOf = [&](double db) {
        const double f = (std::clamp(db, MeterBallistics::kFloorDb, 0.0) - MeterBallistics::kFloorDb) /
                         -MeterBallistics::kFloorDb;
        return r.left() + f * r.width();
    };
    // Background zones, then the peak bar over them, then RMS inside it.
    for (const auto &[from, to] : {std::pair{MeterBallistics::kFloorDb, kYellowDb}, std::pair{kYellowDb, kRedDb},
                                   std::pair{kRedDb, 0.0}}) {
        p.fillRect(QRectF(QPointF(xOf(from), r.top()), QPointF(xOf(to), r.bottom())), zoneColour(from, m_muted, false));
    }
    const MeterBallistics &b = m_ballistics;
    for (const auto &[from, to] : {std::pair{MeterBallistics::kFloorDb, kYellowDb}, std::pair{kYellowDb, kRedDb},
                                   std::pair{kRedDb, 0.0}}) {
        if (b.peak() <= from)
            break;
        const double end = std::min(b.peak(), to);
        p.fillRect(QRectF(QPointF(xOf(from), r.top() + r.height() * 0.25), QPointF(xOf(end), r.bottom() - r.height() * 0.25)),
                   zoneColour(from, m_muted, true));
    }
    p.fillRect(QRectF(QPointF(r.left(), r.top()), QPointF(xOf(b.rms()), r.top() + r.height() * 0.25)),
               m_muted ? QColor(0xc0, 0xc0, 0xc0) : QColor(0xe8, 0xff, 0xe8));
    if (b.hold() > MeterBallistics::kFloorDb)
        p.fillRect(QRectF(xOf(b.hold()) - 1, r.top(), 2, r.height()), zoneColour(b.hold(), m_muted, true));
    if (b.clipping())
        p.fillRect(QRectF(r.right() - 6, r.top(), 6, r.height()), QColor(0xff, 0x20, 0x20));
}

}  // namespace vida3::app
