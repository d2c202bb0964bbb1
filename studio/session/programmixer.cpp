// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/programmixer.h"

#include "studio/scene/scenerenderer.h"

#include <cmath>

namespace vida3::studio {

ProgramMixer::ProgramMixer(std::unique_ptr<SceneRenderer> onAir, QSize size, int fps)
    : m_size(size), m_fps(fps), m_onAir(std::move(onAir))
{
}

ProgramMixer::~ProgramMixer()
{
    for (auto &painter : m_painters) {
        if (painter)
            painter->end();
    }
}

double ProgramMixer::progress(int64_t frameIndex, int64_t start, int frames)
{
    if (frameIndex < start)
        return 0.0;
    if (frames <= 0 || frameIndex - start >= frames)
        return 1.0;
    return (static_cast<double>(frameIndex - start) + 0.5) / frames;
}

void ProgramMixer::begin(std::unique_ptr<SceneRenderer> next, const Transition &transition, int64_t frameIndex)
{
    if (m_incoming)
        finish();
    m_incoming = std::move(next);
    m_transition = transition;
    m_start = frameIndex;
    m_frames = transition.frames(m_fps);
    if (m_frames == 0)
        finish();
}

void ProgramMixer::finish()
{
    m_retired.push_back(std::move(m_onAir));
    m_onAir = std::move(m_incoming);
}

std::vector<std::unique_ptr<SceneRenderer>> ProgramMixer::takeRetired()
{
    return std::exchange(m_retired, {});
}

QPainter &ProgramMixer::scratch(int which)
{
    if (!m_painters[which]) {
        m_images[which] = QImage(m_size, QImage::Format_ARGB32_Premultiplied);
        m_images[which].fill(Qt::black);
        m_painters[which] = std::make_unique<QPainter>(&m_images[which]);
    }
    return *m_painters[which];
}

void ProgramMixer::render(QPainter &painter, const FrameTime &time)
{
    if (m_incoming && time.frameIndex - m_start >= m_frames)
        finish();
    if (!m_incoming) {
        m_onAir->render(painter, time);
        return;
    }
    const double p = progress(time.frameIndex, m_start, m_frames);
    if (m_transition.kind == Transition::Kind::Slide) {
        m_onAir->render(scratch(0), time);
        m_incoming->render(scratch(1), time);
        const int x = static_cast<int>(std::lround((1.0 - p) * m_size.width()));
        painter.setOpacity(1.0);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(QPoint(x - m_size.width(), 0), m_images[0]);
        painter.drawImage(QPoint(x, 0), m_images[1]);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        return;
    }
    // Fade: the scene being left straight into the frame, the new one over it at p.
    m_onAir->render(painter, time);
    m_incoming->render(scratch(1), time);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.setOpacity(p);
    painter.drawImage(QPoint(0, 0), m_images[1]);
    painter.setOpacity(1.0);
}

}  // namespace vida3::studio
