// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/scenepreview.h"

#include "studio/platform/threadname.h"
#include "studio/platform/threadpriority.h"
#include "studio/scene/scenerenderer.h"

#include <QPainter>

#include <chrono>

namespace vida3::studio {

ScenePreview::ScenePreview(LayerFactory kinds, QSize size, int fps)
    : m_kinds(std::move(kinds)), m_size(size), m_fps(std::max(1, fps))
{
    m_thread = std::thread([this] { run(); });
}

ScenePreview::~ScenePreview()
{
    m_stop = true;
    m_thread.join();
}

void ScenePreview::setScene(const Scene &scene)
{
    auto renderer = std::make_unique<SceneRenderer>(scene, m_size, m_kinds);
    std::unique_ptr<SceneRenderer> old;
    {
        std::lock_guard lock(m_mutex);  // painting holds it too: old is not in use once we have it
        old = std::exchange(m_renderer, std::move(renderer));
    }
    // old goes here, on the caller's thread, not on the preview thread.
}

QImage ScenePreview::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_image;
}

void ScenePreview::run()
{
    platform::setCurrentThreadName("vida3-preview");
    platform::lowerCurrentThreadPriority();
    QImage canvas(m_size, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::black);
    const auto period = std::chrono::microseconds(1000000 / m_fps);
    auto next = std::chrono::steady_clock::now();
    for (int64_t frame = 0; !m_stop.load(); ++frame) {
        {
            std::lock_guard lock(m_mutex);
            if (m_renderer) {
                QPainter painter(&canvas);
                m_renderer->render(painter, FrameTime::fromIndex(frame * (30 / m_fps), 30));
                painter.end();
                m_image = canvas.copy();
            }
        }
        next += period;
        std::this_thread::sleep_until(next);
    }
}

}  // namespace vida3::studio
