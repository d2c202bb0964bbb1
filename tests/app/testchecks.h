// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <algorithm>

namespace vida3::tests {

// Null, or one colour over a coarse grid of pixels.
inline bool isBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

// Any 6 consecutive characters of the key (the whole key when shorter) in `text`.
inline bool leaksKey(const QString &key, const QString &text)
{
    const qsizetype window = std::min<qsizetype>(6, key.size());
    for (qsizetype i = 0; i + window <= key.size(); ++i)
        if (text.contains(key.mid(i, window)))
            return true;
    return false;
}

}  // namespace vida3::tests
