// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark helper (tests/bench/scene-edit.sh runs it): the cost of editing and switching
// scenes while the output encodes, through the same path the window uses (SceneDocument
// commands → StreamSession::switchProgram → the render thread).
//   vida3_scenebench drag SECONDS OUT.mkv   a layer dragged at 60 Hz while 720p30 is encoded and
//                                           recorded; prints the frames missed and skipped
//   vida3_scenebench idle SECONDS OUT.mkv   the same without dragging (the reference)
//   vida3_scenebench fade SECONDS           render time per frame of scene A, of scene B, and
//                                           during back-to-back 1 s fades between them
#include "encoder/secretredactor.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/sceneparser.h"
#include "studio/session/renderloop.h"
#include "studio/session/streamsession.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <thread>

using namespace vida3;
using namespace vida3::studio;

namespace {
int editRun(bool drag, double seconds, const QString &out)
{
    SceneDocument document(SceneCollection::fromScene(builtInScene(), QStringLiteral("VIDA³")));
    const QString sceneId = document.collection().programId;
    StreamSession::Settings settings;
    settings.video.width = 1280;
    settings.video.height = 720;
    settings.video.fps = 30;
    settings.video.bitrateKbps = 2500;
    settings.video.x264Preset = QStringLiteral("veryfast");
    settings.outputFrames = std::llround(seconds * 30);
    SecretRedactor redactor;
    StreamSession session(document.collection().renderable(0), settings, redactor);
    QObject::connect(&document, &SceneDocument::changed, &session, [&] {
        session.switchProgram(document.collection().renderable(0), Transition{Transition::Kind::Cut, 0}, QStringLiteral("VIDA³"));
    });
    session.startRendering();
    if (!session.startRecording(out))
        return 3;
    QTimer dragTimer;
    int step = 0;
    QObject::connect(&dragTimer, &QTimer::timeout, &document, [&] {
        ++step;
        const double x = 40 + 300 * (0.5 + 0.5 * std::sin(step / 20.0));
        (void)layeredits::setGeometry(document, sceneId, {QStringLiteral("lower-third-title")}, {QRectF(x, 636, 788, 44)},
                                      QStringLiteral("Move"), QStringLiteral("drag"));
    });
    if (drag)
        dragTimer.start(16);
    QObject::connect(&session, &StreamSession::outputComplete, &session, [&] {
        dragTimer.stop();
        session.stopAll();
    });
    QObject::connect(&session, &StreamSession::allStopped, qApp, &QCoreApplication::quit);
    QGuiApplication::exec();
    const SessionStats stats = session.stats();
    std::printf("{\"mode\":\"%s\",\"edits\":%d,\"frames_for_output\":%lld,\"missed_render\":%lld,\"skipped_encode\":%lld,"
                "\"render_ms\":%.3f}\n",
                drag ? "drag" : "idle", step, static_cast<long long>(stats.frames.forOutput),
                static_cast<long long>(stats.frames.missedRender), static_cast<long long>(stats.frames.skippedEncode),
                stats.frames.rendered ? stats.frames.renderNs / 1e6 / double(stats.frames.rendered) : 0.0);
    return 0;
}

int fadeRun(double seconds)
{
    // "Starting soon" and the built-in VIDA³ scene: two busy scenes without a camera.
    const Scene a = builtInScene();
    auto collection = parseSceneCollection(
        R"({"version":2,"scenes":[{"id":"b","name":"B","layers":[{"id":"sky","kind":"color","gradient":{"type":"radial","stops":[[0,"#3b1d7a"],[1,"#05030f"]]}},
           {"id":"v","kind":"vida3","seed":9},{"id":"t","kind":"text","text":"Be right back","size":72,"align":"center","y":300,"height":120}]}]})",
        QStringLiteral("b"));
    if (!collection)
        return 2;
    const Scene b = collection->renderable(0);
    RenderLoop::Options options;
    options.size = QSize(1280, 720);
    options.fps = 30;
    RenderLoop loop(a, options);
    loop.start();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    // Interleaved, so the three measures see the same stretch of the animation: A alone for
    // 1 s, B alone for 1 s, then a 1 s fade, over and over. The first frames after a cut are
    // left out (they are neither scene's steady cost).
    double sums[3] = {0, 0, 0};
    int64_t frames[3] = {0, 0, 0};
    const int rounds = std::max(1, int(seconds / 3));
    auto measure = [&](int slot, const Scene &scene, Transition t, int ms) {
        loop.switchScene(scene, t);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const RenderCounters before = loop.counters();
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        const RenderCounters after = loop.counters();
        sums[slot] += (after.renderNs - before.renderNs) / 1e6;
        frames[slot] += after.rendered - before.rendered;
        loop.releaseRetired();
    };
    for (int i = 0; i < rounds; ++i) {
        measure(0, a, Transition{Transition::Kind::Cut, 0}, 900);
        measure(1, b, Transition{Transition::Kind::Cut, 0}, 900);
        measure(2, a, Transition{Transition::Kind::Fade, 1000}, 850);  // frames 3…28 of 30: all blends
    }
    const RenderCounters after = loop.counters();
    loop.stop();
    const double msA = sums[0] / double(std::max<int64_t>(1, frames[0]));
    const double msB = sums[1] / double(std::max<int64_t>(1, frames[1]));
    const double msFade = sums[2] / double(std::max<int64_t>(1, frames[2]));
    std::printf("{\"mode\":\"fade\",\"a_ms\":%.3f,\"b_ms\":%.3f,\"fade_ms\":%.3f,\"fade_over_a_plus_b\":%.3f,\"missed_render\":%lld}\n",
                msA, msB, msFade, msFade / (msA + msB), static_cast<long long>(after.missedRender));
    return 0;
}
}  // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && (args.at(1) == u"drag" || args.at(1) == u"idle"))
        return editRun(args.at(1) == u"drag", args.at(2).toDouble(), args.at(3));
    if (args.size() >= 3 && args.at(1) == u"fade")
        return fadeRun(args.at(2).toDouble());
    std::fprintf(stderr, "usage: vida3_scenebench drag|idle SECONDS OUT.mkv | fade SECONDS\n");
    return 2;
}
