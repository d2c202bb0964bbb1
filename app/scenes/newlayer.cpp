// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/newlayer.h"

#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/scene/browserlayer.h"

#include <QCoreApplication>

namespace vida3::app {

namespace {
// The context these strings are translated under (lupdate reads NewLayer::tr calls).
struct NewLayer
{
    Q_DECLARE_TR_FUNCTIONS(NewLayer)
};

// The middle third of the canvas: where a new small layer is easy to see and grab.
QRectF middle(QSizeF canvas)
{
    return QRectF(canvas.width() / 3, canvas.height() / 3, canvas.width() / 3, canvas.height() / 3);
}
}  // namespace

QList<NewLayerKind> newLayerKinds(bool browserSources)
{
    QList<NewLayerKind> kinds{
        {QStringLiteral("color"), NewLayer::tr("Colour"), NewLayerKind::Needs::Nothing},
        {QStringLiteral("text"), NewLayer::tr("Text"), NewLayerKind::Needs::Nothing},
        {QStringLiteral("image"), NewLayer::tr("Image\u2026"), NewLayerKind::Needs::ImageFile},
        {QStringLiteral("vida3"), NewLayer::tr("VIDA\u00B3 visual"), NewLayerKind::Needs::Nothing},
        {QStringLiteral("media"), NewLayer::tr("Media file\u2026"), NewLayerKind::Needs::MediaFile},
        {QStringLiteral("camera"), NewLayer::tr("Camera"), NewLayerKind::Needs::Nothing},
        {QStringLiteral("screen"), NewLayer::tr("Screen"), NewLayerKind::Needs::Nothing},
    };
    if (browserSources)
        kinds.append({QStringLiteral("browser"), NewLayer::tr("Browser source\u2026"), NewLayerKind::Needs::SourceName});
    return kinds;
}

studio::LayerDescription newLayer(const QString &kind, QSize canvasSize, const QString &input)
{
    const QSizeF canvas(canvasSize);
    if (kind == u"camera") {
        studio::LayerDescription camera = studio::media::cameraLayer(kind, QStringLiteral("default"), {}, canvas, 0);
        camera.geometryPx = QRectF(canvas.width() * 2 / 3 - canvas.width() / 40, canvas.height() * 2 / 3 - canvas.height() / 40,
                                   canvas.width() / 3, canvas.height() / 3);
        return camera;
    }
    if (kind == u"screen")
        return studio::media::screenLayer(kind, QStringLiteral("default"), true, canvas, 0);
    if (kind == studio::media::MediaLayer::kKind)
        return studio::media::MediaLayer::fullCanvas(kind, input, false, canvas, 0);
    if (kind == u"browser")
        return studio::BrowserLayer::fullCanvas(input, canvas, 0);
    studio::LayerDescription layer;
    layer.kind = kind;
    layer.id = kind;
    layer.geometryPx = QRectF(QPointF(0, 0), canvas);
    if (kind == u"color") {
        layer.properties.insert(QStringLiteral("color"), QStringLiteral("#1e1b4b"));
        layer.geometryPx = middle(canvas);
    } else if (kind == u"text") {
        layer.properties.insert(QStringLiteral("text"), NewLayer::tr("Your text"));
        layer.properties.insert(QStringLiteral("align"), QStringLiteral("center"));
        layer.geometryPx = QRectF(canvas.width() / 6, canvas.height() * 0.8, canvas.width() * 2 / 3, canvas.height() / 10);
    } else if (kind == u"image") {
        layer.properties.insert(QStringLiteral("source"), input);
        layer.geometryPx = middle(canvas);
    }
    return layer;
}

}  // namespace vida3::app
