// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/vida3artwork.h"

#include <algorithm>
#include <cmath>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>

namespace vida3::studio {

namespace {
// The glow is the text shrunk by these factors and smoothly enlarged: a blur for the
// price of two scalings, done once.
constexpr int kGlowDownscaleNear = 8;
constexpr int kGlowDownscaleFar = 20;

QImage shrunk(const QImage &image, int factor)
{
    return image.scaled(image.size() / factor + QSize(1, 1), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}
} // namespace

QColor Vida3Artwork::paletteColor(int index, int alpha)
{
    QColor c = QColor::fromRgb(kPalette[static_cast<size_t>(index) % kPalette.size()]);
    c.setAlpha(alpha);
    return c;
}

QImage Vida3Artwork::sky(const QRectF &rect, const QRect &visible)
{
    QImage image(visible.size(), QImage::Format_RGB32);
    QPainter p(&image);
    p.translate(-QPointF(visible.topLeft()));
    QLinearGradient base(rect.topLeft(), rect.bottomLeft());
    base.setColorAt(0.0, QColor(0x06, 0x04, 0x18));
    base.setColorAt(0.55, QColor(0x10, 0x08, 0x2e));
    base.setColorAt(1.0, QColor(0x09, 0x05, 0x1c));
    p.fillRect(rect, base);
    const double w = rect.width();
    const double h = rect.height();
    const auto nebula = [&](QPointF centre, double radius, QColor colour) {
        QRadialGradient g(rect.topLeft() + centre, radius);
        g.setColorAt(0.0, colour);
        colour.setAlpha(0);
        g.setColorAt(1.0, colour);
        p.fillRect(rect, g);
    };
    nebula(QPointF(w * 0.5, h * 0.5), w * 0.45, QColor(0x4c, 0x1d, 0x95, 150));
    nebula(QPointF(w * 0.18, h * 0.85), w * 0.35, QColor(0x0e, 0x74, 0x90, 90));
    nebula(QPointF(w * 0.85, h * 0.15), w * 0.35, QColor(0x9d, 0x17, 0x4d, 90));
    QRadialGradient vignette(rect.center(), std::hypot(w, h) * 0.55);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1.0, QColor(0, 0, 0, 170));
    p.fillRect(rect, vignette);
    return image;
}

Vida3Artwork::Wordmark Vida3Artwork::wordmark(const QString &title, const QString &tagline, double unitPx)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(std::max(4, static_cast<int>(150 * unitPx)));
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    QFont small(font);
    small.setBold(false);
    small.setPixelSize(std::max(2, static_cast<int>(26 * unitPx)));
    small.setLetterSpacing(QFont::AbsoluteSpacing, 14 * unitPx);
    const QFontMetricsF fm(font);
    const QFontMetricsF fms(small);
    const double pad = 48 * unitPx; // room for the glow to fade out
    const double textW = std::max(fm.horizontalAdvance(title), fms.horizontalAdvance(tagline));
    const QSize size(static_cast<int>(textW + 2 * pad) + 1,
                     static_cast<int>(fm.height() + fms.height() + 2 * pad) + 1);

    Wordmark out;
    out.text = QImage(size, QImage::Format_ARGB32_Premultiplied);
    out.text.fill(Qt::transparent);
    {
        QPainter p(&out.text);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        QLinearGradient fill(0, 0, size.width(), size.height());
        fill.setColorAt(0.0, paletteColor(0));
        fill.setColorAt(0.5, QColor(0xc4, 0xb5, 0xfd));
        fill.setColorAt(1.0, paletteColor(2));
        p.setFont(font);
        p.setPen(QPen(QBrush(fill), 1));
        p.drawText(QPointF((size.width() - fm.horizontalAdvance(title)) / 2.0, pad + fm.ascent()), title);
        p.setFont(small);
        p.setPen(QColor(0xe0, 0xe7, 0xff, 210));
        p.drawText(
            QPointF((size.width() - fms.horizontalAdvance(tagline)) / 2.0, pad + fm.height() + fms.ascent()),
            tagline);
    }
    const QImage near = shrunk(out.text, kGlowDownscaleNear);
    const QImage far = shrunk(out.text, kGlowDownscaleFar);
    out.glow = QImage(size, QImage::Format_ARGB32_Premultiplied);
    out.glow.fill(Qt::transparent);
    QPainter p(&out.glow);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // Drawn twice each: one pass of a blurred antialiased glyph is too faint to read as glow.
    for (int pass = 0; pass < 2; ++pass) {
        p.drawImage(QRectF(out.glow.rect()), far);
        p.drawImage(QRectF(out.glow.rect()), near);
    }
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    QLinearGradient tint(0, 0, size.width(), 0);
    tint.setColorAt(0.0, paletteColor(1));
    tint.setColorAt(1.0, paletteColor(2));
    p.fillRect(out.glow.rect(), tint);
    return out;
}

QImage Vida3Artwork::sprite(int d, const QColor &color)
{
    QImage image(d, d, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    QRadialGradient g(QPointF(d / 2.0, d / 2.0), d / 2.0);
    g.setColorAt(0.0, QColor(255, 255, 255, 255));
    QColor c = color;
    c.setAlpha(color.alpha() * 9 / 10);
    g.setColorAt(0.3, c);
    c.setAlpha(0);
    g.setColorAt(1.0, c);
    p.fillRect(image.rect(), g);
    return image;
}

QImage Vida3Artwork::blob(int d, const QColor &color)
{
    QImage image(d, d, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    QRadialGradient g(QPointF(d / 2.0, d / 2.0), d / 2.0);
    QColor c = color;
    g.setColorAt(0.0, c);
    c.setAlpha(color.alpha() / 3);
    g.setColorAt(0.5, c);
    c.setAlpha(0);
    g.setColorAt(1.0, c);
    p.fillRect(image.rect(), g);
    return image;
}

} // namespace vida3::studio
