// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scenelayer.h"

#include <QImage>
#include <QMargins>
#include <QRectF>
#include <QString>

#include <memory>

namespace vida3::studio::media {

class LiveCapture;

// A live input on the canvas (kinds "screen" and "camera"): the capture's newest picture,
// cropped, optionally mirrored, fitted inside the layer's rectangle with its aspect kept. While
// the input is unavailable the layer shows a slate naming it and why; the stream carries on.
// paint() takes the picture with a short lock and never waits for the capture.
class CaptureLayer final : public SceneLayer
{
public:
    struct Look
    {
        QString title;         // "Camera “Logitech C920”", "Screen :0"
        bool mirror = false;   // flipped left to right (a camera facing the creator)
        QMargins crop;         // source pixels cut from each side
    };

    CaptureLayer(const QRectF &geometryPx, Look look, std::shared_ptr<LiveCapture> capture);
    ~CaptureLayer() override;

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;

private:
    void fitTo(QSize captured);
    void paintSlate(QPainter &painter);

    QRectF m_geometryPx;
    Look m_look;
    std::shared_ptr<LiveCapture> m_capture;  // shared with other layers showing the same input
    QRectF m_outputRect;
    QImage m_frame;
    uint64_t m_generation = 0;
    QSize m_fittedFor;  // the native size m_pictureRect was fitted for
    QSize m_requested;  // the size the capture converts to (no crop), or empty
    QRectF m_pictureRect;
    QImage m_connectingSlate;
    QImage m_unavailableSlate;
    QString m_slateProblem;
};

}  // namespace vida3::studio::media
