// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerfactory.h"
#include "studio/scene/scene.h"

#include <QImage>
#include <QSize>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace vida3::studio {

class SceneRenderer;

// A scene rendered for the eyes only (the studio-mode preview of the next scene): its own
// low-priority thread paints it at a few frames a second into a small image; nothing is
// encoded. The programme's render loop is not touched, so editing here never costs the stream
// a frame. setScene() builds the new layers on the calling thread and swaps them in.
// Thread-safety: every public method from any thread.
class ScenePreview
{
public:
    ScenePreview(LayerFactory kinds, QSize size, int fps = 15);
    ~ScenePreview();
    ScenePreview(const ScenePreview &) = delete;
    ScenePreview &operator=(const ScenePreview &) = delete;

    void setScene(const Scene &scene);
    QImage latest() const;

private:
    void run();

    const LayerFactory m_kinds;
    const QSize m_size;
    const int m_fps;
    mutable std::mutex m_mutex;
    std::unique_ptr<SceneRenderer> m_renderer;  // guarded by m_mutex
    QImage m_image;                             // guarded by m_mutex
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

}  // namespace vida3::studio
