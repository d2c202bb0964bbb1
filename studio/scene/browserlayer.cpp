// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/browserlayer.h"

#include "studio/relay/hellomessage.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/steadyclock.h"
#include "studio/scene/fieldreader.h"
#include "studio/scene/slate.h"

#include <QPainter>

#include <algorithm>

namespace vida3::studio {

namespace {
Expected<QString> parseSource(const FieldReader &reader)
{
    auto source = reader.requiredString(QStringLiteral("source"));
    if (!source)
        return source.error();
    if (!relay::isValidSourceName(*source))
        return reader.error(QStringLiteral("source"),
                            QStringLiteral("must be 1 to 64 letters, digits, spaces, '-', '_' or '.'"));
    return source;
}
}  // namespace

LayerKind BrowserLayer::layerKind(std::shared_ptr<relay::RelayHub> hub)
{
    LayerKind kind;
    kind.name = QStringLiteral("browser");
    kind.fields = {QStringLiteral("source")};
    kind.schema = {{QStringLiteral("source"), FieldSpec::Type::Text}};
    kind.validate = [](const LayerDescription &, const FieldReader &reader) -> Status {
        auto source = parseSource(reader);
        return source ? Status() : Status(source.error());
    };
    kind.create = [hub](const LayerDescription &d) -> std::unique_ptr<SceneLayer> {
        auto source = parseSource(FieldReader(d.properties, d.id, QString()));
        if (!source || !hub)
            return nullptr;
        auto feed = hub->feed(*source);
        if (!feed)
            return nullptr;
        return std::make_unique<BrowserLayer>(d.geometryPx, *source, std::move(feed));
    };
    return kind;
}

LayerDescription BrowserLayer::fullCanvas(const QString &name, QSizeF canvasSize, int z)
{
    LayerDescription d;
    d.id = QStringLiteral("browser-") + name;
    d.kind = QStringLiteral("browser");
    d.geometryPx = QRectF(QPointF(0, 0), canvasSize);
    d.z = z;
    d.properties.insert(QStringLiteral("source"), name);
    return d;
}

BrowserLayer::BrowserLayer(const QRectF &geometryPx, QString source, std::shared_ptr<relay::SourceFeed> feed)
    : m_geometryPx(geometryPx), m_source(std::move(source)), m_feed(std::move(feed))
{
}

BrowserLayer::~BrowserLayer() = default;

QImage BrowserLayer::makeSlate(const QString &line) const
{
    return studio::makeSlate(m_outputRect.size().toSize(), QStringLiteral("Browser source \u201C%1\u201D\n%2").arg(m_source, line));
}

void BrowserLayer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    m_outputRect = snappedOutputRect(m_geometryPx, referenceToOutput);
    if (visibleOutputRect(m_outputRect, outputSize).isEmpty()) {
        m_outputRect = {};
        return;
    }
    m_waitingSlate = makeSlate(QStringLiteral("waiting for the page to connect"));
    m_disconnectedSlate = makeSlate(QStringLiteral("source disconnected"));
    m_fittedFor = {};
}

void BrowserLayer::fitFrame()
{
    if (m_frame.size() == m_fittedFor)
        return;
    m_fittedFor = m_frame.size();
    m_frameRect = fitInside(m_outputRect, m_frame.size());
}

void BrowserLayer::paint(QPainter &painter, const FrameTime &)
{
    if (m_outputRect.isEmpty())
        return;
    if (!m_feed->isConnected()) {
        m_frame = QImage();  // let the relay reuse the buffer
        m_generation = 0;
        const QImage &slate = m_feed->connectionCount() == 0 ? m_waitingSlate : m_disconnectedSlate;
        if (!slate.isNull())
            painter.drawImage(m_outputRect.topLeft(), slate);
        return;
    }
    QImage next;
    if (m_feed->frames().take(&next, &m_generation, relay::steadyUs()))
        m_frame = std::move(next);
    if (m_frame.isNull())
        return;  // connected, first frame still decoding: the layers below show through
    fitFrame();
    if (m_frameRect.size() == QSizeF(m_frame.size())) {
        painter.drawImage(m_frameRect.topLeft(), m_frame);
        return;
    }
    const bool smooth = painter.testRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(m_frameRect, m_frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
}

}  // namespace vida3::studio
