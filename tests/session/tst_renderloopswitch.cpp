// SPDX-License-Identifier: GPL-2.0-or-later
// Switching scenes while the render thread runs: fifty switches (fades, cuts, slides, some
// while a transition is still running) reach the picture, the frame clock never slips, and
// the scenes left behind are destroyed off the render thread. Run it under TSan too.
#include "studio/scene/sceneparser.h"
#include "studio/session/renderloop.h"

#include <QGuiApplication>
#include <QTest>

#include <thread>

using namespace vida3::studio;

namespace {
Scene solid(const char *color)
{
    auto scene = parseScene(QByteArray(R"({"version":1,"canvas":{"width":320,"height":180},"layers":[{"id":"c","kind":"color","color":")")
                                + color + R"("}]})",
                            QStringLiteral("t"));
    if (!scene)
        qFatal("%s", qPrintable(scene.error().detail));
    return scene.value();
}

QColor middle(const RenderLoop &loop)
{
    const QImage image = loop.latestPreview();
    return image.isNull() ? QColor() : QColor(image.pixel(image.width() / 2, image.height() / 2));
}
}  // namespace

class TestRenderLoopSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchesWhileRendering()
    {
        RenderLoop::Options options;
        options.size = QSize(320, 180);
        options.fps = 30;
        options.previewSize = QSize(64, 36);
        RenderLoop loop(solid("#ff0000"), options);
        loop.start();
        QTRY_VERIFY_WITH_TIMEOUT(middle(loop).red() > 200, 5000);
        const char *colors[] = {"#0000ff", "#00ff00", "#ff0000"};
        for (int i = 0; i < 50; ++i) {
            Transition t;
            t.kind = Transition::Kind(i % 3);
            t.durationMs = 40 + (i % 4) * 30;
            loop.switchScene(solid(colors[i % 3]), t);
            std::this_thread::sleep_for(std::chrono::milliseconds(15 + (i % 5) * 10));
            loop.releaseRetired();
        }
        Transition cut;
        cut.kind = Transition::Kind::Cut;
        loop.switchScene(solid("#0000ff"), cut);
        QTRY_VERIFY_WITH_TIMEOUT(middle(loop).blue() > 200 && middle(loop).red() < 30, 5000);
        loop.stop();
        loop.releaseRetired();
        const RenderCounters counters = loop.counters();
        QVERIFY(counters.rendered > 30);
        QVERIFY(counters.renderNs > 0);
        qInfo("rendered %lld frames, %lld missed, %.2f ms per frame", static_cast<long long>(counters.rendered),
              static_cast<long long>(counters.missedRender), counters.renderNs / 1e6 / double(counters.rendered));
    }
};

QTEST_MAIN(TestRenderLoopSwitch)

#include "tst_renderloopswitch.moc"
