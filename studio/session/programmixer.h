// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/frametime.h"
#include "studio/scene/transition.h"

#include <QImage>
#include <QPainter>
#include <QSize>

#include <memory>
#include <vector>

namespace vida3::studio {

class SceneRenderer;

// The programme's picture: the scene on air, and during a transition the scene being left and
// the one coming in, blended by frame index (never by wall clock, so a late frame shows the
// same step). A fade of n frames paints n blends at (k + ½)/n, k = 0…n−1, then the new scene;
// a slide moves the new scene in from the right. A cut is the new scene on the next frame.
// Thread-safety: render thread only. Renderers it no longer paints wait in retired() so they
// are destroyed elsewhere (a capture layer's thread join does not belong on the render thread).
class ProgramMixer
{
public:
    ProgramMixer(std::unique_ptr<SceneRenderer> onAir, QSize size, int fps);
    ~ProgramMixer();
    ProgramMixer(const ProgramMixer &) = delete;
    ProgramMixer &operator=(const ProgramMixer &) = delete;

    // From frameIndex on, transition to next. A transition still running ends at once: its
    // incoming scene becomes the one being left.
    void begin(std::unique_ptr<SceneRenderer> next, const Transition &transition, int64_t frameIndex);
    void render(QPainter &painter, const FrameTime &time);

    bool inTransition() const { return m_incoming != nullptr; }
    // Progress of the transition for frameIndex: 0 before, (k + ½)/n during, 1 after.
    static double progress(int64_t frameIndex, int64_t start, int frames);
    std::vector<std::unique_ptr<SceneRenderer>> takeRetired();

private:
    void finish();
    QPainter &scratch(int which);

    QSize m_size;
    int m_fps;
    std::unique_ptr<SceneRenderer> m_onAir;
    std::unique_ptr<SceneRenderer> m_incoming;
    Transition m_transition;
    int64_t m_start = 0;
    int m_frames = 0;
    std::vector<std::unique_ptr<SceneRenderer>> m_retired;
    // Two frames to paint scenes into before they are blended; made at the first transition.
    QImage m_images[2];
    std::unique_ptr<QPainter> m_painters[2];
};

}  // namespace vida3::studio
