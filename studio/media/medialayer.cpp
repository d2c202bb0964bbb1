// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/medialayer.h"

#include "studio/media/medialibrary.h"
#include "studio/media/mediaplayer.h"
#include "studio/scene/fieldreader.h"
#include "studio/scene/slate.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

namespace vida3::studio::media {

Expected<MediaLayer::Settings> MediaLayer::parseSettings(const FieldReader &reader, const QString &baseDirectory)
{
    auto source = reader.requiredString(QStringLiteral("source"));
    if (!source)
        return source.error();
    auto loop = reader.boolean(QStringLiteral("loop"), false);
    if (!loop)
        return loop.error();
    Settings s;
    s.loop = *loop;
    s.path = QDir::isAbsolutePath(*source) || baseDirectory.isEmpty() ? *source : QDir(baseDirectory).filePath(*source);
    if (!QFileInfo(s.path).isFile())
        return reader.error(QStringLiteral("source"), QStringLiteral("media file not found: %1").arg(s.path));
    return s;
}

LayerKind MediaLayer::layerKind(std::shared_ptr<MediaLibrary> library)
{
    LayerKind kind;
    kind.name = kKind;
    kind.fields = {QStringLiteral("source"), QStringLiteral("loop")};
    kind.schema = {{QStringLiteral("source"), FieldSpec::Type::File}, {QStringLiteral("loop"), FieldSpec::Type::Boolean, false}};
    kind.validate = [](const LayerDescription &d, const FieldReader &reader) -> Status {
        auto settings = parseSettings(reader, d.baseDirectory);
        return settings ? Status() : Status(settings.error());
    };
    kind.create = [library](const LayerDescription &d) -> std::unique_ptr<SceneLayer> {
        return std::make_unique<MediaLayer>(d.geometryPx, d.id, library ? library->player(d.id) : nullptr);
    };
    return kind;
}

void MediaLayer::registerKind(LayerFactory &factory, std::shared_ptr<MediaLibrary> library)
{
    factory.registerKind(layerKind(std::move(library)));
}

LayerDescription MediaLayer::fullCanvas(const QString &id, const QString &path, bool loop, QSizeF canvasSize, int z)
{
    LayerDescription d;
    d.id = id;
    d.kind = kKind;
    d.geometryPx = QRectF(QPointF(0, 0), canvasSize);
    d.z = z;
    d.properties.insert(QStringLiteral("source"), QFileInfo(path).absoluteFilePath());
    d.properties.insert(QStringLiteral("loop"), loop);
    return d;
}

MediaLayer::MediaLayer(const QRectF &geometryPx, QString label, std::shared_ptr<MediaPlayer> player)
    : m_geometryPx(geometryPx), m_label(std::move(label)), m_player(std::move(player))
{
}

MediaLayer::~MediaLayer() = default;

void MediaLayer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    m_outputRect = snappedOutputRect(m_geometryPx, referenceToOutput);
    if (visibleOutputRect(m_outputRect, outputSize).isEmpty()) {
        m_outputRect = {};
        return;
    }
    if (!m_player) {
        m_slate = makeSlate(m_outputRect.size().toSize(), QStringLiteral("Media \u201C%1\u201D\nunavailable").arg(m_label));
        return;
    }
    if (!m_player->hasVideo())
        return;  // sound only: nothing to paint
    m_pictureRect = fitInside(m_outputRect, m_player->videoSize());
    m_player->setTargetSize(m_pictureRect.size().toSize());
}

void MediaLayer::paint(QPainter &painter, const FrameTime &time)
{
    if (m_outputRect.isEmpty())
        return;
    if (!m_player) {
        if (!m_slate.isNull())
            painter.drawImage(m_outputRect.topLeft(), m_slate);
        return;
    }
    if (!m_player->hasVideo())
        return;
    const QImage &frame = m_player->frameAt(time.frameIndex);
    if (frame.isNull())
        return;
    if (QSizeF(frame.size()) == m_pictureRect.size()) {
        painter.drawImage(m_pictureRect.topLeft(), frame);
        return;
    }
    // A frame converted before the size changed: scaled once, the next ones fit.
    const bool smooth = painter.testRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(m_pictureRect, frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
}

}  // namespace vida3::studio::media
