// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/colorlayer.h"

#include "studio/scene/fieldreader.h"

#include <cmath>
#include <numbers>
#include <QJsonArray>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>
#include <utility>

namespace vida3::studio {

namespace {
constexpr qsizetype kMaxStops = 64;

Expected<QGradientStops> parseStops(const FieldReader &r, const QJsonValue &value)
{
    const QString field = QStringLiteral("gradient.stops");
    if (!value.isArray() || value.toArray().size() < 2 || value.toArray().size() > kMaxStops) {
        return r.error(field,
                       QStringLiteral("must be an array of 2 to %1 [position, colour] pairs").arg(kMaxStops));
    }
    const QJsonArray stops = value.toArray();
    QGradientStops out;
    for (int i = 0; i < stops.size(); ++i) {
        const QJsonArray pair = stops.at(i).toArray();
        const double pos = pair.at(0).toDouble(-1.0);
        const QColor color = FieldReader::parseColor(pair.at(1).toString());
        if (pair.size() != 2 || !pair.at(0).isDouble() || !(pos >= 0.0 && pos <= 1.0) || !color.isValid()) {
            return r.error(QStringLiteral("gradient.stops[%1]").arg(i),
                           QStringLiteral("must be [position 0..1, \"colour\"]"));
        }
        out.append({pos, color});
    }
    return out;
}
} // namespace

LayerKind ColorLayer::layerKind()
{
    LayerKind kind = settingsLayerKind<ColorLayer>(QStringLiteral("color"), {QStringLiteral("color"), QStringLiteral("gradient")});
    kind.schema = {{QStringLiteral("color"), FieldSpec::Type::Color, QStringLiteral("#ffffff")},
                   {QStringLiteral("gradient"), FieldSpec::Type::Json}};
    return kind;
}

Expected<ColorLayer::Settings> ColorLayer::parseSettings(const FieldReader &r)
{
    Settings s;
    const bool hasColor = r.has(QStringLiteral("color"));
    const bool hasGradient = r.has(QStringLiteral("gradient"));
    if (hasColor == hasGradient)
        return r.error(QStringLiteral("color"),
                       QStringLiteral("give exactly one of \"color\" or \"gradient\""));
    if (hasColor) {
        auto color = r.color(QStringLiteral("color"), QColor());
        if (!color)
            return color.error();
        s.color = *color;
        return s;
    }
    const QJsonValue g = r.object().value(QStringLiteral("gradient"));
    if (!g.isObject())
        return r.error(QStringLiteral("gradient"), QStringLiteral("must be an object"));
    const FieldReader gr(g.toObject(), QString(), QString());
    auto type = gr.choice(QStringLiteral("type"), QStringLiteral("linear"),
                          {QStringLiteral("linear"), QStringLiteral("radial")});
    if (!type)
        return r.error(QStringLiteral("gradient.type"), QStringLiteral("must be \"linear\" or \"radial\""));
    auto angle = gr.number(QStringLiteral("angle"), 90.0, -3600.0, 3600.0);
    if (!angle)
        return r.error(QStringLiteral("gradient.angle"), QStringLiteral("must be a number of degrees"));
    auto stops = parseStops(r, g.toObject().value(QStringLiteral("stops")));
    if (!stops)
        return stops.error();
    s.fill = *type == u"radial" ? Fill::Radial : Fill::Linear;
    s.angleDeg = *angle;
    s.stops = std::move(stops).value();
    return s;
}

ColorLayer::ColorLayer(const QRectF &geometryPx, Settings settings)
    : m_geometryPx(geometryPx), m_settings(std::move(settings))
{
}

void ColorLayer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    const QRectF rect = snappedOutputRect(m_geometryPx, referenceToOutput);
    m_visibleRect = visibleOutputRect(rect, outputSize);
    m_image = QImage();
    if (m_settings.fill == Fill::Solid || m_visibleRect.isEmpty())
        return;

    m_image =
        QImage(m_visibleRect.size(), isOpaque() ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    // Gradient coordinates are in the whole layer rect, shifted into the visible part.
    const QPointF c = rect.center() - QPointF(m_visibleRect.topLeft());
    QGradient gradient;
    if (m_settings.fill == Fill::Linear) {
        const double a = m_settings.angleDeg * std::numbers::pi / 180.0;
        const QPointF dir(std::cos(a), std::sin(a));
        const double half = (std::abs(rect.width() * dir.x()) + std::abs(rect.height() * dir.y())) / 2.0;
        gradient = QLinearGradient(c - dir * half, c + dir * half);
    } else {
        gradient = QRadialGradient(c, std::hypot(rect.width(), rect.height()) / 2.0);
    }
    gradient.setStops(m_settings.stops);
    QPainter p(&m_image);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(m_image.rect(), gradient);
}

void ColorLayer::paint(QPainter &painter, const FrameTime &)
{
    if (m_visibleRect.isEmpty())
        return;
    if (m_image.isNull())
        painter.fillRect(m_visibleRect, m_settings.color);
    else
        painter.drawImage(m_visibleRect.topLeft(), m_image);
}

bool ColorLayer::isOpaque() const
{
    if (m_settings.fill == Fill::Solid)
        return m_settings.color.alpha() == 255;
    for (const auto &stop : m_settings.stops) {
        if (stop.second.alpha() != 255)
            return false;
    }
    return true;
}

} // namespace vida3::studio
