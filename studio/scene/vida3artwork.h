// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <QColor>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QString>

namespace vida3::studio {

// The still pictures the vida3 layer animates, rasterised once per output size: sky,
// wordmark with its glow, particle sprites and nebula blobs. Everything smooth and costly
// (gradients, antialiased text, blur) lives here so that painting a frame is blitting only.
// Pure functions of their arguments; reentrant.
class Vida3Artwork
{
public:
    // Brand palette: cyan, violet, magenta, and a pale lavender for highlights.
    static constexpr std::array<QRgb, 4> kPalette = {0xff22d3ee, 0xff8b5cf6, 0xffec4899, 0xffe0e7ff};

    static QColor paletteColor(int index, int alpha = 255);

    // Opaque (RGB32, so blitting it is a memcpy) deep indigo sky for the visible part of
    // layerRect.
    static QImage sky(const QRectF &layerRect, const QRect &visibleRect);

    struct Wordmark
    {
        QImage text; // gradient-filled wordmark over a small tagline
        QImage glow; // same size, a soft violet/magenta halo of it
    };
    // unitPx: one reference-720p pixel in output pixels.
    static Wordmark wordmark(const QString &wordmark, const QString &tagline, double unitPx);

    // A round glowing dot: white core fading through the colour to transparent.
    static QImage sprite(int diameterPx, const QColor &color);

    // A large soft cloud of colour (alpha from the colour), brightest in the middle.
    static QImage blob(int diameterPx, const QColor &color);
};

} // namespace vida3::studio
