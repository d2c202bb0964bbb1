// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/previewwidget.h"

#include <QPainter>

namespace vida3::app {

namespace {
const QColor kLetterbox(0x0b, 0x0a, 0x14);
const QColor kFrameEdge(0x3b, 0x2f, 0x7a);
}  // namespace

PreviewWidget::PreviewWidget(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Live preview"));
    m_timer.setInterval(kDefaultIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PreviewWidget::pull);
    m_timer.start();
}

void PreviewWidget::setFrameSource(FrameSource source)
{
    m_source = std::move(source);
    pull();
}

void PreviewWidget::setIntervalMs(int intervalMs)
{
    m_timer.setInterval(intervalMs);
}

QSize PreviewWidget::sizeHint() const
{
    return {640, 360};
}

QSize PreviewWidget::minimumSizeHint() const
{
    return {320, 180};
}

void PreviewWidget::pull()
{
    if (!m_source)
        return;
    QImage frame = m_source();
    if (frame.isNull())
        return;
    m_frame = std::move(frame);
    update();
}

QRect PreviewWidget::targetRect() const
{
    if (m_frame.isNull())
        return rect();
    const QSize scaled = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

void PreviewWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.fillRect(rect(), kLetterbox);
    if (m_frame.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Starting the preview…"));
        return;
    }
    const QRect target = targetRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_frame);
    painter.setPen(kFrameEdge);
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}

}  // namespace vida3::app
