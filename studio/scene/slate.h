// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

namespace vida3::studio {

// A dark card with centred text, the size of a layer's output rectangle: what a source shows
// while it has no picture ("waiting for the page", "camera unavailable"). Rendered once in
// prepare(), never per frame. Null for an empty or absurd size.
QImage makeSlate(QSize size, const QString &text);

// Where an image of imageSize goes inside outer, aspect kept and centred, on whole pixels.
QRectF fitInside(const QRectF &outer, QSize imageSize);

}  // namespace vida3::studio
