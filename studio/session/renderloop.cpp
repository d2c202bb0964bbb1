// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/renderloop.h"

#include "studio/platform/threadname.h"
#include "studio/scene/scenerenderer.h"
#include "studio/session/programmixer.h"

#include <chrono>

#include <QPainter>

namespace vida3::studio {

namespace {
// The preview needs no more than 15 updates a second.
constexpr int kPreviewEveryNthFrameAt30 = 2;
}  // namespace

RenderLoop::RenderLoop(Scene scene, Options options)
    : m_scene(std::move(scene)), m_options(options), m_clock(options.fps),
      m_audio({options.sampleRate, options.channels, options.fps, options.audioChannels, options.limiter, options.levels}),
      m_scratch(options.size, QImage::Format_ARGB32_Premultiplied)
{
    if (!options.previewSize.isEmpty()) {
        m_preview = QImage(options.previewSize, QImage::Format_ARGB32_Premultiplied);
        m_preview.fill(Qt::black);
    }
    m_canvases.reserve(16);
}

RenderLoop::~RenderLoop()
{
    stop();
    detach();
    releaseRetired();
}

void RenderLoop::switchScene(const Scene &scene, const Transition &transition)
{
    releaseRetired();  // scenes left earlier hold capture buffers: let them go first
    auto renderer = std::make_unique<SceneRenderer>(scene, m_options.size, m_options.layers);
    std::lock_guard lock(m_switchMutex);
    if (m_nextScene)
        m_retired.push_back(std::move(m_nextScene));
    m_nextScene = std::move(renderer);
    m_nextTransition = transition;
    m_scene = scene;
    m_switchPending = true;
}

void RenderLoop::releaseRetired()
{
    std::vector<std::unique_ptr<SceneRenderer>> retired;
    {
        std::lock_guard lock(m_switchMutex);
        retired.swap(m_retired);
    }
    retired.clear();  // outside the lock: the render thread never waits for a capture to stop
}

void RenderLoop::takeSwitch(ProgramMixer &program, int64_t frameIndex)
{
    if (m_switchPending.load(std::memory_order_acquire)) {
        std::lock_guard lock(m_switchMutex);
        if (m_nextScene)
            program.begin(std::move(m_nextScene), m_nextTransition, frameIndex);
        m_switchPending = false;
    }
}

void RenderLoop::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void RenderLoop::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void RenderLoop::attach(RenderTarget target)
{
    std::lock_guard lock(m_targetMutex);
    dropCanvases();
    m_target = std::move(target);
    m_targetFirstIndex = -1;
    m_targetComplete = false;
}

void RenderLoop::detach()
{
    std::lock_guard lock(m_targetMutex);
    dropCanvases();  // while the pool's memory is still alive
    m_target = {};
}

void RenderLoop::dropCanvases()
{
    for (Canvas &canvas : m_canvases)
        canvas.painter->end();
    m_canvases.clear();
}

QPainter &RenderLoop::painterFor(AVFrame *frame, QImage **image)
{
    for (Canvas &canvas : m_canvases) {
        if (canvas.frame == frame) {
            *image = canvas.image.get();
            return *canvas.painter;
        }
    }
    Canvas canvas;
    canvas.frame = frame;
    // Paint straight into the encoder's buffer: no copy between render and convert.
    canvas.image = std::make_unique<QImage>(frame->data[0], frame->width, frame->height, frame->linesize[0],
                                            QImage::Format_ARGB32_Premultiplied);
    canvas.painter = std::make_unique<QPainter>(canvas.image.get());
    m_canvases.push_back(std::move(canvas));
    *image = m_canvases.back().image.get();
    return *m_canvases.back().painter;
}

QImage RenderLoop::latestPreview() const
{
    std::lock_guard lock(m_previewMutex);
    return m_preview.copy();
}

RenderCounters RenderLoop::counters() const
{
    return {m_rendered.load(), m_forOutput.load(), m_missed.load(), m_skippedEncode.load(), m_renderNs.load()};
}

void RenderLoop::run()
{
    platform::setCurrentThreadName("vida3-render");
    Scene onAir;
    {
        std::lock_guard lock(m_switchMutex);
        onAir = m_scene;  // a restart paints the scene switched to last
    }
    ProgramMixer program(std::make_unique<SceneRenderer>(onAir, m_options.size, m_options.layers), m_options.size,
                         m_options.fps);
    m_scratchPainter = std::make_unique<QPainter>(&m_scratch);
    if (!m_preview.isNull()) {
        std::lock_guard lock(m_previewMutex);
        m_previewPainter = std::make_unique<QPainter>(&m_preview);
    }
    m_clock.start(FrameClock::Clock::now());
    int64_t frameIndex = 0;
    while (!m_stop.load()) {
        std::this_thread::sleep_until(m_clock.deadline(frameIndex));
        takeSwitch(program, frameIndex);
        renderTick(program, frameIndex);
        if (!program.inTransition()) {
            if (auto retired = program.takeRetired(); !retired.empty()) {
                std::lock_guard lock(m_switchMutex);
                for (auto &renderer : retired)
                    m_retired.push_back(std::move(renderer));
            }
        }
        const int64_t next = m_clock.advance(frameIndex, FrameClock::Clock::now());
        // Missed frames still carry their audio: sound never has gaps, video holds a frame.
        for (int64_t missed = frameIndex + 1; missed < next; ++missed)
            submitAudioOnly(missed);
        m_missed = m_clock.missed();
        frameIndex = next;
    }
    m_scratchPainter.reset();
    std::lock_guard lock(m_previewMutex);
    m_previewPainter.reset();
}

bool RenderLoop::outputWants(int64_t frameIndex)
{
    if (!m_target.pipeline || m_targetComplete)
        return false;
    if (m_targetFirstIndex < 0)
        m_targetFirstIndex = frameIndex;
    if (m_target.frameLimit <= 0 || frameIndex - m_targetFirstIndex < m_target.frameLimit)
        return true;
    m_targetComplete = true;
    if (m_target.onComplete)
        m_target.onComplete();
    return false;
}

void RenderLoop::renderTick(ProgramMixer &program, int64_t frameIndex)
{
    std::lock_guard lock(m_targetMutex);
    const bool forOutput = outputWants(frameIndex);
    encoder::PooledFrame frame;
    if (forOutput) {
        frame = m_target.pool->acquire();
        if (!frame)
            ++m_skippedEncode;
    }
    QImage *image = &m_scratch;
    QPainter *painter = m_scratchPainter.get();
    if (frame)
        painter = &painterFor(frame.get(), &image);
    const auto paintStart = std::chrono::steady_clock::now();
    program.render(*painter, FrameTime{frameIndex, m_clock.seconds(frameIndex)});
    m_renderNs += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - paintStart).count();
    ++m_rendered;
    if (forOutput)
        ++m_forOutput;
    updatePreview(*image);
    // The mixer runs on every frame, encoding or not: its meters move in the preview and the
    // capture buffers drain, so a microphone starts an output with its usual small latency.
    const float *pcm = nullptr;
    const int samples = m_audio.render(frameIndex, &pcm);
    if (forOutput) {
        const bool hadFrame = static_cast<bool>(frame);
        if (!m_target.pipeline->submit(frameIndex, std::move(frame), pcm, samples) && hadFrame)
            ++m_skippedEncode;
    }
}

void RenderLoop::submitAudioOnly(int64_t frameIndex)
{
    std::lock_guard lock(m_targetMutex);
    const float *pcm = nullptr;
    const int samples = m_audio.render(frameIndex, &pcm);
    if (outputWants(frameIndex))
        m_target.pipeline->submit(frameIndex, {}, pcm, samples);
}

void RenderLoop::updatePreview(const QImage &frame)
{
    if (m_preview.isNull())
        return;
    const int every = std::max(1, m_options.fps * kPreviewEveryNthFrameAt30 / 30);
    if (m_rendered.load() % every != 0)
        return;
    std::lock_guard lock(m_previewMutex);
    if (m_previewPainter)
        m_previewPainter->drawImage(m_preview.rect(), frame);
}

}  // namespace vida3::studio
