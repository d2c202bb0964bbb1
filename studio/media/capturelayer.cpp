// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/capturelayer.h"

#include "studio/media/livecapture.h"
#include "studio/relay/steadyclock.h"
#include "studio/scene/slate.h"

#include <QPainter>

namespace vida3::studio::media {

CaptureLayer::CaptureLayer(const QRectF &geometryPx, Look look, std::shared_ptr<LiveCapture> capture)
    : m_geometryPx(geometryPx), m_look(std::move(look)), m_capture(std::move(capture))
{
}

CaptureLayer::~CaptureLayer() = default;

void CaptureLayer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    m_outputRect = snappedOutputRect(m_geometryPx, referenceToOutput);
    if (visibleOutputRect(m_outputRect, outputSize).isEmpty()) {
        m_outputRect = {};
        return;
    }
    m_connectingSlate = makeSlate(m_outputRect.size().toSize(), QStringLiteral("%1\nconnecting…").arg(m_look.title));
    m_slateProblem.clear();
    m_unavailableSlate = QImage();
    m_fittedFor = {};
    m_requested = {};
    m_capture->setTargetSize({});
}

void CaptureLayer::fitTo(QSize captured)
{
    // A picture at the size asked for, or at the native size already fitted: nothing to do.
    if (captured == m_fittedFor || (!m_requested.isEmpty() && captured == m_requested))
        return;
    m_fittedFor = captured;
    const QSize cropped = QRect(QPoint(0, 0), captured).marginsRemoved(m_look.crop).size();
    m_pictureRect = fitInside(m_outputRect, cropped.isEmpty() ? captured : cropped);
    // Without a crop the capture thread converts straight to the painted size, so paint() is a
    // copy; a crop is in the source's pixels, so those pictures stay native.
    if (m_look.crop.isNull()) {
        m_requested = m_pictureRect.size().toSize();
        m_capture->setTargetSize(m_requested);
    }
}

void CaptureLayer::paintSlate(QPainter &painter)
{
    if (m_capture->state() == LiveCapture::State::Connecting) {
        if (!m_connectingSlate.isNull())
            painter.drawImage(m_outputRect.topLeft(), m_connectingSlate);
        return;
    }
    const QString problem = m_capture->problem();
    if (m_unavailableSlate.isNull() || problem != m_slateProblem) {  // re-rendered only when the reason changes
        m_slateProblem = problem;
        m_unavailableSlate = makeSlate(m_outputRect.size().toSize(),
                                       QStringLiteral("%1 unavailable\n%2").arg(m_look.title, problem));
    }
    if (!m_unavailableSlate.isNull())
        painter.drawImage(m_outputRect.topLeft(), m_unavailableSlate);
}

void CaptureLayer::paint(QPainter &painter, const FrameTime &)
{
    if (m_outputRect.isEmpty())
        return;
    if (m_capture->state() != LiveCapture::State::Live) {
        m_frame = QImage();  // let the capture reuse the buffer
        m_generation = 0;
        paintSlate(painter);
        return;
    }
    QImage next;
    if (m_capture->frames().take(&next, &m_generation, relay::steadyUs()))
        m_frame = std::move(next);
    if (m_frame.isNull())
        return;
    fitTo(m_frame.size());
    const QRect source = QRect(QPoint(0, 0), m_frame.size()).marginsRemoved(m_look.crop);
    if (m_look.crop.isNull() && m_pictureRect.size() == QSizeF(m_frame.size()) && !m_look.mirror) {
        painter.drawImage(m_pictureRect.topLeft(), m_frame);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (m_look.mirror) {
        painter.translate(m_pictureRect.center().x() * 2, 0);
        painter.scale(-1, 1);
    }
    painter.drawImage(m_pictureRect, m_frame, source.isEmpty() ? m_frame.rect() : source);
    painter.restore();
}

}  // namespace vida3::studio::media
