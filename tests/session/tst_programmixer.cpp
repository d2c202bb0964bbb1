// SPDX-License-Identifier: GPL-2.0-or-later
// The programme's transitions, frame by frame: a cut shows the new scene on the very next frame,
// a fade blends exactly the two scenes (no dip to black) by frame index, a slide pushes the old
// scene out to the left, and a switch during a transition ends the one running.
#include "studio/scene/sceneparser.h"
#include "studio/scene/scenerenderer.h"
#include "studio/session/programmixer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace vida3::studio;

namespace {
constexpr QSize kSize(64, 36);
constexpr int kFps = 30;

std::unique_ptr<SceneRenderer> solid(const char *color)
{
    const QByteArray json = QByteArray(R"({"version":1,"canvas":{"width":64,"height":36},"layers":[{"id":"c","kind":"color","color":")")
        + color + R"("}]})";
    auto scene = parseScene(json, QStringLiteral("test"));
    if (!scene)
        qFatal("%s", qPrintable(scene.error().detail));
    return std::make_unique<SceneRenderer>(scene.value(), kSize);
}

QImage frame(ProgramMixer &mixer, int64_t index)
{
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::green);  // anything a layer fails to cover shows
    QPainter painter(&image);
    mixer.render(painter, FrameTime::fromIndex(index, kFps));
    painter.end();
    return image;
}

Transition transition(Transition::Kind kind, int ms)
{
    Transition t;
    t.kind = kind;
    t.durationMs = ms;
    return t;
}
}  // namespace

class TestProgramMixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressIsByFrameIndex()
    {
        QCOMPARE(ProgramMixer::progress(9, 10, 4), 0.0);
        QCOMPARE(ProgramMixer::progress(10, 10, 4), 0.125);
        QCOMPARE(ProgramMixer::progress(13, 10, 4), 0.875);
        QCOMPARE(ProgramMixer::progress(14, 10, 4), 1.0);
        QCOMPARE(ProgramMixer::progress(10, 10, 0), 1.0);
        QCOMPARE(transition(Transition::Kind::Fade, 1000).frames(30), 30);
        QCOMPARE(transition(Transition::Kind::Fade, 300).frames(60), 18);
        QCOMPARE(transition(Transition::Kind::Fade, 1).frames(30), 1);
        QCOMPARE(transition(Transition::Kind::Cut, 1000).frames(30), 0);
    }

    void cutShowsTheNewSceneOnTheNextFrame()
    {
        ProgramMixer mixer(solid("#ff0000"), kSize, kFps);
        QCOMPARE(frame(mixer, 0).pixelColor(5, 5), QColor(255, 0, 0));
        mixer.begin(solid("#0000ff"), transition(Transition::Kind::Cut, 0), 1);
        QCOMPARE(frame(mixer, 1).pixelColor(5, 5), QColor(0, 0, 255));
        QVERIFY(!mixer.inTransition());
        QCOMPARE(mixer.takeRetired().size(), size_t(1));
    }

    void fadeBlendsExactlyTheTwoScenes()
    {
        ProgramMixer mixer(solid("#ff0000"), kSize, kFps);
        mixer.begin(solid("#0000ff"), transition(Transition::Kind::Fade, 100), 10);  // 3 frames
        QCOMPARE(frame(mixer, 9).pixelColor(5, 5), QColor(255, 0, 0));  // an earlier frame is untouched
        int lastBlue = 0;
        for (int k = 0; k < 3; ++k) {
            const QColor c = frame(mixer, 10 + k).pixelColor(32, 18);
            const double p = (k + 0.5) / 3.0;
            QVERIFY2(std::abs(c.blue() - 255 * p) <= 2, qPrintable(QStringLiteral("frame %1: %2").arg(k).arg(c.name())));
            QVERIFY2(std::abs(c.red() + c.blue() - 255) <= 2, "a fade never dips to black");
            QCOMPARE(c.green(), 0);
            QVERIFY(c.blue() > lastBlue);
            lastBlue = c.blue();
            QVERIFY(mixer.inTransition());
        }
        QCOMPARE(frame(mixer, 13).pixelColor(5, 5), QColor(0, 0, 255));
        QVERIFY(!mixer.inTransition());
        QCOMPARE(mixer.takeRetired().size(), size_t(1));
        QVERIFY(mixer.takeRetired().empty());
    }

    void slidePushesTheOldSceneOutToTheLeft()
    {
        ProgramMixer mixer(solid("#ff0000"), kSize, kFps);
        mixer.begin(solid("#0000ff"), transition(Transition::Kind::Slide, 100), 0);  // 3 frames: ⅙, ½, ⅚
        const QImage half = frame(mixer, 1);
        QCOMPARE(half.pixelColor(31, 18), QColor(255, 0, 0));
        QCOMPARE(half.pixelColor(32, 18), QColor(0, 0, 255));
        const QImage late = frame(mixer, 2);  // new scene from x = round(64/6) = 11
        QCOMPARE(late.pixelColor(10, 18), QColor(255, 0, 0));
        QCOMPARE(late.pixelColor(11, 18), QColor(0, 0, 255));
        QCOMPARE(late.pixelColor(63, 35), QColor(0, 0, 255));
        QCOMPARE(frame(mixer, 3).pixelColor(0, 0), QColor(0, 0, 255));
    }

    void aSwitchDuringATransitionEndsIt()
    {
        ProgramMixer mixer(solid("#ff0000"), kSize, kFps);
        mixer.begin(solid("#0000ff"), transition(Transition::Kind::Fade, 1000), 0);
        frame(mixer, 0);
        frame(mixer, 1);
        mixer.begin(solid("#ffffff"), transition(Transition::Kind::Fade, 100), 2);
        // Red is gone at once: the fade goes from blue (where the first was heading) to white.
        const QColor c = frame(mixer, 2).pixelColor(5, 5);
        QCOMPARE(c.red(), c.green());
        QCOMPARE(c.blue(), 255);
        QCOMPARE(mixer.takeRetired().size(), size_t(1));
        QCOMPARE(frame(mixer, 5).pixelColor(5, 5), QColor(255, 255, 255));
        QCOMPARE(mixer.takeRetired().size(), size_t(1));
    }
};

QTEST_MAIN(TestProgramMixer)
#include "tst_programmixer.moc"
