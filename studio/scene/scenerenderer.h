// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/frametime.h"
#include "studio/scene/layerfactory.h"
#include "studio/scene/scene.h"
#include "studio/scene/scenelayer.h"

#include <memory>
#include <QSize>
#include <QTransform>
#include <vector>

class QPainter;

namespace vida3::studio {

// Paints a Scene at one output size: visible layers in z order (ties keep document order),
// each with its opacity, geometry scaled from the reference canvas to the output.
// Thread-safety: not thread-safe. Construct it anywhere, then use it from one render thread
// only; layers cache QImages and are not shared. The Scene is copied, so the caller may
// change or drop its own copy. render() does not allocate in steady state (a clock text
// layer re-rasterises once a second).
class SceneRenderer
{
public:
    SceneRenderer(const Scene &scene, QSize outputSize,
                  const LayerFactory &factory = LayerFactory::builtIn());
    ~SceneRenderer();
    SceneRenderer(const SceneRenderer &) = delete;
    SceneRenderer &operator=(const SceneRenderer &) = delete;

    // Paints the whole frame into painter's device (at least outputSize()). Pixels no
    // opaque layer covers are cleared to opaque black first.
    void render(QPainter &painter, const FrameTime &time);

    QSize outputSize() const { return m_outputSize; }
    int layerCount() const { return static_cast<int>(m_layers.size()); } // layers built

private:
    struct Entry
    {
        std::unique_ptr<SceneLayer> layer;
        double opacity = 1.0;
        double rotation = 0.0;  // degrees around centre (output pixels)
        QPointF centre;
        QRectF clip;  // output pixels; empty: none (the layer is not trimmed)
    };

    QSize m_outputSize;
    std::vector<Entry> m_layers; // visible layers, paint order
    bool m_needsClear = true;
};

} // namespace vida3::studio
