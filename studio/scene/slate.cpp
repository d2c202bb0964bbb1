// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/slate.h"

#include <QFont>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vida3::studio {

QImage makeSlate(QSize size, const QString &text)
{
    if (size.isEmpty() || size.width() > 16384 || size.height() > 16384)
        return {};
    QImage slate(size, QImage::Format_ARGB32_Premultiplied);
    slate.fill(QColor(20, 20, 28));
    QPainter p(&slate);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(10, size.height() / 18));
    p.setFont(font);
    p.setPen(QColor(200, 200, 210));
    p.drawText(slate.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return slate;
}

QRectF fitInside(const QRectF &outer, QSize imageSize)
{
    if (imageSize.isEmpty())
        return outer;
    const QSizeF fitted = QSizeF(imageSize).scaled(outer.size(), Qt::KeepAspectRatio);
    const QPointF topLeft = outer.center() - QPointF(fitted.width() / 2, fitted.height() / 2);
    return QRectF(std::round(topLeft.x()), std::round(topLeft.y()), std::round(fitted.width()), std::round(fitted.height()));
}

}  // namespace vida3::studio
