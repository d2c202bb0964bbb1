// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/congestionindicator.h"

#include "app/destinationstatus.h"

#include <QPainter>

namespace vida3::app {

namespace {
constexpr int kSidePx = 12;
const QColor kInactive(0x4b, 0x47, 0x70);
}  // namespace

CongestionIndicator::CongestionIndicator(QWidget *parent) : QWidget(parent), m_colour(kInactive)
{
    setFixedSize(kSidePx, kSidePx);
    setToolTip(tr("Congestion: not sending"));
}

QSize CongestionIndicator::sizeHint() const
{
    return {kSidePx, kSidePx};
}

void CongestionIndicator::setCongestion(double congestion, bool active)
{
    m_colour = active ? DestinationStatus::congestionColour(congestion) : kInactive;
    setToolTip(active ? tr("Congestion %1 (0: clear, 1: dropping frames)")
                            .arg(qBound(0.0, congestion, 1.0), 0, 'f', 2)
                      : tr("Congestion: not sending"));
    update();
}

void CongestionIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colour);
    painter.drawRoundedRect(rect(), 2, 2);
}

}  // namespace vida3::app
