// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerkind.h"
#include "studio/scene/scenelayer.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

namespace vida3::studio::relay {
class RelayHub;
class SourceFeed;
}  // namespace vida3::studio::relay

namespace vida3::studio {

// Kind "browser": the newest frame a web page sent through the relay for source "source",
// fitted inside the layer's rectangle (letterboxed, aspect kept). Before the first connection
// and after a disconnect it shows a slate naming the source; a reconnect with the same name
// takes the layer back. paint() takes the frame with a short lock and never waits for the
// relay; the slates are rendered once in prepare().
// The kind exists only in factories the session builds with a hub (layerKind(hub));
// LayerFactory::builtIn() does not know it.
class BrowserLayer final : public SceneLayer
{
public:
    static LayerKind layerKind(std::shared_ptr<relay::RelayHub> hub);
    // A full-canvas browser layer description for source name (the --browser-source option).
    static LayerDescription fullCanvas(const QString &name, QSizeF canvasSize, int z);

    BrowserLayer(const QRectF &geometryPx, QString source, std::shared_ptr<relay::SourceFeed> feed);
    ~BrowserLayer() override;

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;

private:
    QImage makeSlate(const QString &line) const;
    void fitFrame();

    QRectF m_geometryPx;
    QString m_source;
    std::shared_ptr<relay::SourceFeed> m_feed;
    QRectF m_outputRect;
    QImage m_waitingSlate;
    QImage m_disconnectedSlate;
    QImage m_frame;  // shallow copy of the slot's newest frame
    uint64_t m_generation = 0;
    QSize m_fittedFor;
    QRectF m_frameRect;  // where m_frame goes, aspect kept
};

}  // namespace vida3::studio
