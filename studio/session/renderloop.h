// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scene.h"
#include "studio/scene/layerfactory.h"
#include "studio/scene/transition.h"
#include "studio/session/audiogenerator.h"
#include "studio/session/audioinput.h"
#include "studio/session/audiomixer.h"
#include "studio/session/frameclock.h"
#include "studio/session/rendertarget.h"

#include <QImage>
#include <QPainter>
#include <QSize>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace vida3::studio {

class ProgramMixer;
class SceneRenderer;

struct RenderCounters
{
    int64_t rendered = 0;       // every frame painted, for the outputs or the preview
    int64_t forOutput = 0;      // frames rendered while an encode wanted them (skipped ones included)
    int64_t missedRender = 0;   // frames the renderer could not produce in time
    int64_t skippedEncode = 0;  // frames for the output the encoder had no room for
    int64_t renderNs = 0;       // time spent painting all of them

    int64_t previewOnly() const { return rendered - forOutput; }
};

// The render thread: a FrameClock ticks at exactly fps; each tick paints the scene straight
// into a pooled encoder frame (or a scratch image when nothing encodes), adds that frame's
// audio, and hands both to the encoder without waiting. It keeps a small copy for the preview.
// Thread-safety: all public methods may be called from any thread.
class RenderLoop
{
public:
    struct Options
    {
        QSize size{1280, 720};
        int fps = 30;
        int sampleRate = 44100;
        int channels = 2;
        // The mixer's channels (a channel without a source plays the VIDA³ tone), its limiter
        // and where it posts its meters (may be null).
        std::vector<audio::MixerChannel> audioChannels;
        bool limiter = true;
        std::shared_ptr<audio::AudioLevelsBoard> levels;
        QSize previewSize{};  // empty: no preview copies (headless)
        LayerFactory layers = LayerFactory::builtIn();  // kinds the scene may use (browser: the session's)
    };

    RenderLoop(Scene scene, Options options);
    ~RenderLoop();
    RenderLoop(const RenderLoop &) = delete;
    RenderLoop &operator=(const RenderLoop &) = delete;

    void start();
    void stop();
    // Builds scene's layers here, on the calling thread (images decode, captures open: it may
    // take a while), then the render thread runs transition to it from its next frame on.
    // A switch that has not reached the render thread yet is replaced. Any thread.
    void switchScene(const Scene &scene, const Transition &transition);
    // Destroys the scenes no longer on air (their captures stop). Any thread that may wait.
    void releaseRetired();
    // The programme's integrated loudness starts again (an output begins). Any thread.
    void resetLoudness() { m_audio.resetLoudness(); }

    // From the next tick on, frames and audio go to target. Returns when it is in effect.
    void attach(RenderTarget target);
    // Returns once no tick uses the previous target any more.
    void detach();

    QImage latestPreview() const;
    RenderCounters counters() const;
    const Options &options() const { return m_options; }

private:
    void run();
    void renderTick(ProgramMixer &program, int64_t frameIndex);
    void takeSwitch(ProgramMixer &program, int64_t frameIndex);  // a pending switchScene(), if any
    void submitAudioOnly(int64_t frameIndex);
    // Whether tick frameIndex belongs to the attached output; runs onComplete once past its end.
    // Called with m_targetMutex held.
    bool outputWants(int64_t frameIndex);
    void updatePreview(const QImage &frame);
    // The painter for a pooled frame, made on its first use and kept active: neither the
    // QImage wrapper nor QPainter's state is rebuilt per frame. Render thread only.
    QPainter &painterFor(AVFrame *frame, QImage **image);
    void dropCanvases();

    struct Canvas
    {
        AVFrame *frame = nullptr;
        std::unique_ptr<QImage> image;
        std::unique_ptr<QPainter> painter;
    };

    Scene m_scene;  // the last scene asked for; guarded by m_switchMutex
    const Options m_options;
    FrameClock m_clock;
    AudioMixer m_audio;
    QImage m_scratch;
    std::unique_ptr<QPainter> m_scratchPainter;  // render thread only
    std::vector<Canvas> m_canvases;              // guarded by m_targetMutex

    std::thread m_thread;
    std::atomic<bool> m_stop{false};

    std::mutex m_switchMutex;
    std::atomic<bool> m_switchPending{false};
    std::unique_ptr<SceneRenderer> m_nextScene;  // guarded by m_switchMutex
    Transition m_nextTransition;                 // guarded by m_switchMutex
    std::vector<std::unique_ptr<SceneRenderer>> m_retired;  // guarded by m_switchMutex

    std::mutex m_targetMutex;  // held by the render thread for a whole tick
    RenderTarget m_target;
    int64_t m_targetFirstIndex = -1;  // the first tick handed to m_target
    bool m_targetComplete = false;

    mutable std::mutex m_previewMutex;
    QImage m_preview;
    std::unique_ptr<QPainter> m_previewPainter;

    std::atomic<int64_t> m_rendered{0};
    std::atomic<int64_t> m_forOutput{0};
    std::atomic<int64_t> m_skippedEncode{0};
    std::atomic<int64_t> m_missed{0};
    std::atomic<int64_t> m_renderNs{0};
};

}  // namespace vida3::studio
