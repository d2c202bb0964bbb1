// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace vida3::app {

// Shows the latest rendered canvas frame, letterboxed at its aspect ratio. It pulls frames on
// its own timer and never waits on the render or encode threads. A plain QWidget on purpose:
// QOpenGLWidget crashes under the offscreen platform the tests use.
class PreviewWidget : public QWidget
{
    Q_OBJECT

public:
    using FrameSource = std::function<QImage()>;
    static constexpr int kDefaultIntervalMs = 40;  // 25 Hz: smooth enough, cheap on 2 cores

    explicit PreviewWidget(QWidget *parent = nullptr);

    // Called on every tick; may return a null image (nothing rendered yet).
    void setFrameSource(FrameSource source);
    void setIntervalMs(int intervalMs);
    // The frame painted last; null before the first one.
    QImage currentFrame() const { return m_frame; }

    // Where the frame is shown (letterboxed), in widget pixels; the whole widget before a frame.
    QRect frameRect() const { return targetRect(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void pull();
    QRect targetRect() const;

    FrameSource m_source;
    QImage m_frame;
    QTimer m_timer;
};

}  // namespace vida3::app
