// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/imagelayer.h"

#include "studio/scene/fieldreader.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QSvgRenderer>
#include <utility>

namespace vida3::studio {

namespace {
Q_LOGGING_CATEGORY(lcImage, "vida3.studio.scene.image")

// Source images above this are refused at decode time: a stream frame never needs more.
constexpr int kMaxDecodedMegapixels = 64;

bool isSvg(const QString &path)
{
    return path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".svgz"), Qt::CaseInsensitive);
}

// Where the image lands inside the layer rect for a given fit.
QRectF fittedRect(const QRectF &layerRect, QSizeF imageSize, ImageLayer::Fit fit)
{
    if (fit == ImageLayer::Fit::Stretch || imageSize.isEmpty())
        return layerRect;
    imageSize.scale(layerRect.size(),
                    fit == ImageLayer::Fit::Cover ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
    QRectF r(QPointF(), imageSize);
    r.moveCenter(layerRect.center());
    return r;
}
} // namespace

LayerKind ImageLayer::layerKind()
{
    LayerKind kind;
    kind.name = QStringLiteral("image");
    kind.fields = {QStringLiteral("source"), QStringLiteral("fit")};
    kind.schema = {{QStringLiteral("source"), FieldSpec::Type::File},
                   {QStringLiteral("fit"), FieldSpec::Type::Choice, QStringLiteral("contain"), 0, 0,
                    {QStringLiteral("contain"), QStringLiteral("cover"), QStringLiteral("stretch")}}};
    kind.validate = [](const LayerDescription &d, const FieldReader &reader) -> Status {
        auto settings = parseSettings(reader, d.baseDirectory);
        return settings ? Status() : Status(settings.error());
    };
    kind.create = [](const LayerDescription &d) -> std::unique_ptr<SceneLayer> {
        auto settings = parseSettings(FieldReader(d.properties, d.id, QString()), d.baseDirectory);
        if (!settings)
            return nullptr;
        return std::make_unique<ImageLayer>(d.geometryPx, std::move(settings).value());
    };
    return kind;
}

Expected<ImageLayer::Settings> ImageLayer::parseSettings(const FieldReader &r, const QString &baseDirectory)
{
    auto source = r.requiredString(QStringLiteral("source"));
    if (!source)
        return source.error();
    auto fit = r.choice(QStringLiteral("fit"), QStringLiteral("contain"),
                        {QStringLiteral("contain"), QStringLiteral("cover"), QStringLiteral("stretch")});
    if (!fit)
        return fit.error();
    Settings s;
    s.fit = *fit == u"cover" ? Fit::Cover : *fit == u"stretch" ? Fit::Stretch : Fit::Contain;
    s.path = QDir::isAbsolutePath(*source) || baseDirectory.isEmpty() ? *source
                                                                      : QDir(baseDirectory).filePath(*source);
    const QFileInfo info(s.path);
    if (!info.exists() || !info.isFile())
        return r.error(QStringLiteral("source"), QStringLiteral("image file not found: %1").arg(s.path));
    const QByteArray format = QImageReader::imageFormat(s.path);
    if (!isSvg(s.path) && format != "png" && format != "jpeg") {
        return r.error(QStringLiteral("source"),
                       QStringLiteral("not a PNG, JPEG or SVG image: %1").arg(s.path));
    }
    return s;
}

ImageLayer::ImageLayer(const QRectF &geometryPx, Settings settings)
    : m_geometryPx(geometryPx), m_settings(std::move(settings))
{
}

void ImageLayer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    m_image = QImage();
    const QRectF layerRect = snappedOutputRect(m_geometryPx, referenceToOutput);
    const QRect visible = visibleOutputRect(layerRect, outputSize);
    if (visible.isEmpty())
        return;

    QSvgRenderer svg;
    QImage bitmap;
    QSizeF naturalSize;
    if (isSvg(m_settings.path)) {
        if (!svg.load(m_settings.path)) {
            qCWarning(lcImage) << "cannot load SVG" << m_settings.path;
            return;
        }
        naturalSize = svg.defaultSize();
    } else {
        QImageReader reader(m_settings.path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (qint64(size.width()) * size.height() > qint64(kMaxDecodedMegapixels) * 1000000) {
            qCWarning(lcImage) << "image too large" << m_settings.path << size;
            return;
        }
        if (!reader.read(&bitmap)) {
            qCWarning(lcImage) << "cannot decode" << m_settings.path << reader.errorString();
            return;
        }
        naturalSize = bitmap.size();
    }

    // Only the visible part of the layer is cached; "cover" overflow is clipped to the layer.
    const QRectF target = fittedRect(layerRect, naturalSize, m_settings.fit);
    m_position = visible.topLeft();
    m_image = QImage(visible.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    QPainter p(&m_image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    p.translate(-QPointF(m_position));
    p.setClipRect(layerRect);
    if (!bitmap.isNull())
        p.drawImage(target, bitmap);
    else
        svg.render(&p, target);
}

void ImageLayer::paint(QPainter &painter, const FrameTime &)
{
    if (!m_image.isNull())
        painter.drawImage(m_position, m_image);
}

} // namespace vida3::studio
