// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/sceneparser.h"
#include "studio/scene/scenerenderer.h"

#include <algorithm>
#include <atomic>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <vector>

// Sanitizers interpose malloc themselves: count only in plain glibc builds.
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define VIDA3_COUNT_ALLOCATIONS 1
#endif

#include <ctime>

#ifdef VIDA3_COUNT_ALLOCATIONS
// Counts heap allocations while g_countAllocations is set: interposes glibc's malloc family
// for this test executable only.
extern "C" void *__libc_malloc(size_t);
extern "C" void *__libc_calloc(size_t, size_t);
extern "C" void *__libc_realloc(void *, size_t);
namespace {
std::atomic<bool> g_countAllocations{false};
std::atomic<int> g_allocations{0};
} // namespace
extern "C" void *malloc(size_t size)
{
    if (g_countAllocations.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
extern "C" void *calloc(size_t count, size_t size)
{
    if (g_countAllocations.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}
extern "C" void *realloc(void *pointer, size_t size)
{
    if (g_countAllocations.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(pointer, size);
}
#endif

using namespace vida3;
using namespace vida3::studio;

namespace {
constexpr double kFps = 60.0;
const QString kExamples = QStringLiteral(VIDA3_TEST_SOURCE_DIR "/resources/scenes/examples");

QImage renderFrame(SceneRenderer &renderer, qint64 frameIndex)
{
    QImage image(renderer.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta); // the renderer must paint every pixel
    QPainter painter(&image);
    renderer.render(painter, FrameTime::fromIndex(frameIndex, kFps));
    return image;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

// The built-in scene minus its clock, which shows wall-clock time by design.
Scene builtInWithoutClock()
{
    Scene scene = builtInScene();
    scene.layers.removeIf(
        [](const LayerDescription &d) { return d.properties.value(QStringLiteral("clock")).toBool(); });
    return scene;
}

Scene sceneOf(const QByteArray &layersJson)
{
    auto scene =
        parseScene(R"({"version":1,"layers":[)" + layersJson + "]}", QStringLiteral("test.json"), kExamples);
    if (!scene)
        qFatal("%s", qPrintable(scene.error().detail));
    return std::move(scene).value();
}
} // namespace

class TestSceneRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIsNotBlank();
    void framesOneSecondApartDiffer();
    void sameFrameRendersIdentically();
    void outputSizes_data();
    void outputSizes();
    void everyKindRenders_data();
    void everyKindRenders();
    void zOrderOpacityAndVisibility();
    void examplesRender();
    void steadyStateDoesNotAllocate();
    void medianRenderTime();
};

void TestSceneRenderer::builtInIsNotBlank()
{
    SceneRenderer renderer(builtInScene(), QSize(1280, 720));
    QVERIFY(renderer.layerCount() >= 1);
    const QImage frame = renderFrame(renderer, 0);
    QVERIFY2(distinctColours(frame) > 200, qPrintable(QString::number(distinctColours(frame))));
    QVERIFY(frame.pixelColor(0, 0) != QColor(Qt::magenta));
}

void TestSceneRenderer::framesOneSecondApartDiffer()
{
    SceneRenderer renderer(builtInWithoutClock(), QSize(1280, 720));
    QVERIFY(renderFrame(renderer, 120) != renderFrame(renderer, 120 + static_cast<qint64>(kFps)));
}

void TestSceneRenderer::sameFrameRendersIdentically()
{
    const Scene scene = builtInWithoutClock();
    SceneRenderer first(scene, QSize(1280, 720));
    const QImage a = renderFrame(first, 777);
    renderFrame(first, 3); // state from other frames must not leak
    QCOMPARE(renderFrame(first, 777), a);
    SceneRenderer second(scene, QSize(1280, 720));
    QCOMPARE(renderFrame(second, 777), a);
}

void TestSceneRenderer::outputSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1080p") << QSize(1920, 1080);
    QTest::newRow("720p") << QSize(1280, 720);
    QTest::newRow("360p") << QSize(640, 360);
    QTest::newRow("odd") << QSize(333, 187);
    QTest::newRow("portrait") << QSize(720, 1280);
    QTest::newRow("tiny") << QSize(2, 2);
}

void TestSceneRenderer::outputSizes()
{
    QFETCH(QSize, size);
    SceneRenderer renderer(builtInScene(), size);
    const QImage frame = renderFrame(renderer, 42);
    QCOMPARE(frame.size(), size);
    if (size.width() >= 64)
        QVERIFY(distinctColours(frame) > 20);
    QVERIFY(frame.pixelColor(size.width() - 1, size.height() - 1) != QColor(Qt::magenta));
}

void TestSceneRenderer::everyKindRenders_data()
{
    QTest::addColumn<QByteArray>("layer");
    QTest::newRow("vida3") << QByteArray(
        R"({"id":"l","kind":"vida3","x":100,"y":100,"width":400,"height":300})");
    QTest::newRow("color") << QByteArray(
        R"({"id":"l","kind":"color","color":"#ff8800","x":100,"y":100,"width":400,"height":300})");
    QTest::newRow("linear") << QByteArray(
        R"({"id":"l","kind":"color","x":100,"y":100,"width":400,"height":300,"gradient":{"angle":45,"stops":[[0,"#f00"],[1,"#00f"]]}})");
    QTest::newRow("radial") << QByteArray(
        R"({"id":"l","kind":"color","x":100,"y":100,"width":400,"height":300,"gradient":{"type":"radial","stops":[[0,"#fff"],[1,"#0f0"]]}})");
    QTest::newRow("png contain") << QByteArray(
        R"({"id":"l","kind":"image","source":"vida3-badge.png","x":100,"y":100,"width":400,"height":300})");
    QTest::newRow("png cover") << QByteArray(
        R"({"id":"l","kind":"image","source":"vida3-badge.png","fit":"cover","x":100,"y":100,"width":400,"height":300})");
    QTest::newRow("svg stretch") << QByteArray(
        R"({"id":"l","kind":"image","source":"wave.svg","fit":"stretch","x":100,"y":100,"width":400,"height":300})");
    QTest::newRow("text") << QByteArray(
        R"({"id":"l","kind":"text","text":"Hello VIDA³","size":60,"x":100,"y":100,"width":400,"height":300})");
    QTest::newRow("clock") << QByteArray(
        R"({"id":"l","kind":"text","clock":true,"size":60,"align":"center","x":100,"y":100,"width":400,"height":300})");
}

void TestSceneRenderer::everyKindRenders()
{
    QFETCH(QByteArray, layer);
    SceneRenderer renderer(sceneOf(layer), QSize(640, 360));
    QCOMPARE(renderer.layerCount(), 1);
    const QImage frame = renderFrame(renderer, 10);
    // Outside the layer stays the cleared black; inside, something was painted.
    QCOMPARE(frame.pixelColor(10, 10), QColor(Qt::black));
    QCOMPARE(frame.pixelColor(630, 350), QColor(Qt::black));
    int painted = 0;
    for (int y = 50; y < 200; y += 2) {
        for (int x = 50; x < 250; x += 2)
            painted += frame.pixel(x, y) != qRgb(0, 0, 0) ? 1 : 0;
    }
    QVERIFY2(painted > 50, qPrintable(QString::number(painted)));
}

void TestSceneRenderer::zOrderOpacityAndVisibility()
{
    const Scene scene = sceneOf(R"({"id":"red","kind":"color","color":"#ff0000","z":2},
                                   {"id":"blue","kind":"color","color":"#0000ff","z":1},
                                   {"id":"green","kind":"color","color":"#00ff00","z":3,"visible":false},
                                   {"id":"white","kind":"color","color":"#ffffff","z":4,"opacity":0.5,
                                    "x":0,"y":0,"width":640,"height":360})");
    SceneRenderer renderer(scene, QSize(1280, 720));
    const QImage frame = renderFrame(renderer, 0);
    QCOMPARE(frame.pixelColor(1000, 600), QColor(Qt::red)); // red (z 2) over blue (z 1)
    const QColor mixed = frame.pixelColor(10, 10);          // half white over red
    QCOMPARE(mixed.red(), 255);
    QVERIFY(qAbs(mixed.green() - 128) <= 2);
}

void TestSceneRenderer::examplesRender()
{
    const QStringList files = QDir(kExamples).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        auto scene = loadSceneFile(QDir(kExamples).filePath(file));
        QVERIFY2(scene, scene ? "" : qPrintable(scene.error().detail));
        SceneRenderer renderer(*scene, QSize(1280, 720));
        QVERIFY2(distinctColours(renderFrame(renderer, 5)) > 10, qPrintable(file));
        if (qEnvironmentVariableIsSet("VIDA3_SCENE_SNAPSHOTS"))
            renderFrame(renderer, 5).save(QStringLiteral("/tmp/") + file + QStringLiteral(".png"));
    }
}

void TestSceneRenderer::steadyStateDoesNotAllocate()
{
#ifdef VIDA3_COUNT_ALLOCATIONS
    SceneRenderer renderer(builtInWithoutClock(), QSize(1280, 720));
    QImage image(renderer.outputSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    for (qint64 frame = 0; frame < 5; ++frame)
        renderer.render(painter, FrameTime::fromIndex(frame, kFps));
    g_allocations = 0;
    g_countAllocations = true;
    for (qint64 frame = 5; frame < 65; ++frame)
        renderer.render(painter, FrameTime::fromIndex(frame, kFps));
    g_countAllocations = false;
    QCOMPARE(g_allocations.load(), 0);
#else
    QSKIP("allocation counting needs plain glibc (no sanitizer)");
#endif
}

void TestSceneRenderer::medianRenderTime()
{
    SceneRenderer renderer(builtInScene(), QSize(1280, 720));
    QImage image(renderer.outputSize(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    std::vector<double> cpuMs;
    ms.reserve(70);
    cpuMs.reserve(70);
    QElapsedTimer timer;
    for (qint64 frame = 0; frame < 70; ++frame) {
#if defined(__GLIBC__)
        timespec cpuStart{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
#endif
        timer.start();
        QPainter painter(&image);
        renderer.render(painter, FrameTime::fromIndex(frame, kFps));
        painter.end();
        if (qEnvironmentVariableIsSet("VIDA3_SCENE_TRACE"))
            qInfo("frame %lld: %.3f ms", static_cast<long long>(frame),
                  static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (frame < 10) // the first frames warm caches and the clock text
            continue;
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
#if defined(__GLIBC__)
        timespec cpuEnd{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
        cpuMs.push_back(static_cast<double>(cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3 +
                        static_cast<double>(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6);
#endif
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    // Wall time includes preemption by other processes; thread CPU time does not.
    qInfo("built-in scene 1280x720: median %.3f ms, p90 %.3f ms wall; median %.3f ms CPU; "
          "%zu frames",
          ms[ms.size() / 2], ms[ms.size() * 9 / 10], cpuMs.empty() ? 0.0 : cpuMs[cpuMs.size() / 2],
          ms.size());
    if (qEnvironmentVariableIsSet("VIDA3_SCENE_SNAPSHOTS"))
        image.save(QStringLiteral("/tmp/builtin.png"));
}

QTEST_MAIN(TestSceneRenderer)
#include "tst_scenerenderer.moc"
