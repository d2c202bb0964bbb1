// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/scenerenderer.h"

#include <algorithm>
#include <numeric>
#include <QLoggingCategory>
#include <QPainter>

namespace vida3::studio {

namespace {
Q_LOGGING_CATEGORY(lcRenderer, "vida3.studio.scene.renderer")
} // namespace

SceneRenderer::SceneRenderer(const Scene &scene, QSize outputSize, const LayerFactory &factory)
    : m_outputSize(outputSize.expandedTo(QSize(1, 1)))
{
    const QSize canvas = scene.canvasSize.isEmpty() ? Scene::kDefaultCanvasSize : scene.canvasSize;
    const QTransform referenceToOutput =
        QTransform::fromScale(static_cast<double>(m_outputSize.width()) / canvas.width(),
                              static_cast<double>(m_outputSize.height()) / canvas.height());

    std::vector<qsizetype> order(static_cast<size_t>(scene.layers.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&scene](qsizetype a, qsizetype b) {
        return scene.layers.at(a).z < scene.layers.at(b).z;
    });

    const QRectF canvasRect(QPointF(0, 0), QSizeF(canvas));
    for (const qsizetype index : order) {
        const LayerDescription &d = scene.layers.at(index);
        if (!d.visible || d.opacity <= 0.0)
            continue;
        std::unique_ptr<SceneLayer> layer = factory.create(d);
        if (!layer) {
            qCWarning(lcRenderer) << "cannot build layer" << d.id << "of kind" << d.kind;
            continue;
        }
        layer->prepare(m_outputSize, referenceToOutput);
        // An opaque layer covering the whole canvas hides everything under it: drop those.
        const QRectF clip = d.trim.isNull() ? QRectF() : referenceToOutput.mapRect(d.geometryPx.normalized() - d.trim);
        if (layer->isOpaque() && d.opacity >= 1.0 && d.rotation == 0.0 && clip.isEmpty() && d.geometryPx.contains(canvasRect)) {
            m_layers.clear();
            m_needsClear = false;
        }
        m_layers.push_back(Entry{std::move(layer), d.opacity, d.rotation, referenceToOutput.map(d.geometryPx.center()), clip});
    }
}

SceneRenderer::~SceneRenderer() = default;

void SceneRenderer::render(QPainter &painter, const FrameTime &time)
{
    painter.resetTransform();
    painter.setClipping(false);
    painter.setRenderHints(
        QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing, false);
    if (m_needsClear) {
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.fillRect(QRect(QPoint(0, 0), m_outputSize), Qt::black);
    }
    for (Entry &entry : m_layers) {
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.setOpacity(entry.opacity);
        if (entry.rotation == 0.0 && entry.clip.isEmpty()) {
            entry.layer->paint(painter, time);
            continue;
        }
        // A rotated layer paints as usual into a rotated coordinate system, smoothly; a trimmed
        // one within its clip (which turns with it).
        painter.save();
        if (entry.rotation != 0.0) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.translate(entry.centre);
            painter.rotate(entry.rotation);
            painter.translate(-entry.centre);
        }
        if (!entry.clip.isEmpty())
            painter.setClipRect(entry.clip);
        entry.layer->paint(painter, time);
        painter.restore();
    }
    painter.setOpacity(1.0);
}

} // namespace vida3::studio
