// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/textlayer.h"

#include "studio/scene/fieldreader.h"

#include <QPainter>
#include <QTime>
#include <utility>

namespace vida3::studio {

namespace {
constexpr qsizetype kMaxTextLength = 2000;
constexpr double kMaxFontSizePx = 2000.0;
const QString kTimePlaceholder = QStringLiteral("{time}");
} // namespace

LayerKind TextLayer::layerKind()
{
    LayerKind kind = settingsLayerKind<TextLayer>(QStringLiteral("text"),
                                                  {QStringLiteral("text"), QStringLiteral("font"), QStringLiteral("size"),
                                                   QStringLiteral("color"), QStringLiteral("align"), QStringLiteral("bold"),
                                                   QStringLiteral("clock")});
    kind.schema = {{QStringLiteral("text"), FieldSpec::Type::Text},
                   {QStringLiteral("font"), FieldSpec::Type::Text, QString()},
                   {QStringLiteral("size"), FieldSpec::Type::Number, 48.0, 1.0, kMaxFontSizePx},
                   {QStringLiteral("color"), FieldSpec::Type::Color, QStringLiteral("#ffffff")},
                   {QStringLiteral("align"), FieldSpec::Type::Choice, QStringLiteral("left"), 0, 0,
                    {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")}},
                   {QStringLiteral("bold"), FieldSpec::Type::Boolean, false},
                   {QStringLiteral("clock"), FieldSpec::Type::Boolean, false}};
    return kind;
}

Expected<TextLayer::Settings> TextLayer::parseSettings(const FieldReader &r)
{
    auto clock = r.boolean(QStringLiteral("clock"), false);
    if (!clock)
        return clock.error();
    auto text = *clock ? r.string(QStringLiteral("text"), kTimePlaceholder)
                       : r.requiredString(QStringLiteral("text"));
    if (!text)
        return text.error();
    if (text->size() > kMaxTextLength)
        return r.error(QStringLiteral("text"),
                       QStringLiteral("longer than %1 characters").arg(kMaxTextLength));
    if (*clock && !text->contains(kTimePlaceholder))
        text->append(u' ' + kTimePlaceholder);
    auto font = r.string(QStringLiteral("font"), QString());
    if (!font)
        return font.error();
    auto size = r.number(QStringLiteral("size"), 48.0, 1.0, kMaxFontSizePx);
    if (!size)
        return size.error();
    auto color = r.color(QStringLiteral("color"), QColor(Qt::white));
    if (!color)
        return color.error();
    auto align = r.choice(QStringLiteral("align"), QStringLiteral("left"),
                          {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")});
    if (!align)
        return align.error();
    auto bold = r.boolean(QStringLiteral("bold"), false);
    if (!bold)
        return bold.error();

    Settings s;
    s.text = std::move(text).value();
    s.fontFamily = font->left(200);
    s.sizePx = *size;
    s.color = *color;
    s.align = *align == u"center" ? Qt::AlignHCenter : *align == u"right" ? Qt::AlignRight : Qt::AlignLeft;
    s.bold = *bold;
    return s;
}

TextLayer::TextLayer(const QRectF &geometryPx, Settings settings)
    : m_geometryPx(geometryPx), m_settings(std::move(settings)),
      m_showsTime(m_settings.text.contains(kTimePlaceholder))
{
}

void TextLayer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    m_layerRect = snappedOutputRect(m_geometryPx, referenceToOutput);
    const QRect visible = visibleOutputRect(m_layerRect, outputSize);
    m_position = visible.topLeft();
    m_image = visible.isEmpty() ? QImage() : QImage(visible.size(), QImage::Format_ARGB32_Premultiplied);
    m_font = QFont();
    if (!m_settings.fontFamily.isEmpty())
        m_font.setFamily(m_settings.fontFamily);
    // Text scales with the canvas height so a lower third keeps its proportions.
    m_font.setPixelSize(qMax(1, qRound(m_settings.sizePx * referenceToOutput.m22())));
    m_font.setBold(m_settings.bold);
    m_shownSecond = -1;
    if (!m_showsTime)
        rasterise(m_settings.text);
}

void TextLayer::rasterise(const QString &text)
{
    if (m_image.isNull())
        return;
    m_image.fill(Qt::transparent);
    QPainter p(&m_image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.translate(-QPointF(m_position));
    p.setFont(m_font);
    p.setPen(m_settings.color);
    p.drawText(m_layerRect, static_cast<int>(m_settings.align | Qt::AlignVCenter), text);
}

void TextLayer::paint(QPainter &painter, const FrameTime &)
{
    if (m_image.isNull())
        return;
    if (m_showsTime) {
        const QTime now = QTime::currentTime();
        const int second = now.msecsSinceStartOfDay() / 1000;
        if (second != m_shownSecond) {
            // Once a second at most: the only steady-state allocation of the scene.
            m_shownSecond = second;
            QString text = m_settings.text;
            text.replace(kTimePlaceholder, now.toString(QStringLiteral("HH:mm:ss")));
            rasterise(text);
        }
    }
    painter.drawImage(m_position, m_image);
}

} // namespace vida3::studio
