// SPDX-License-Identifier: GPL-2.0-or-later
// The pure geometry of editing on the canvas, as tables: the canvas fitted into a view, device
// pixels at every display scale, which layer a click hits, which handle is under the pointer,
// resizing with and without the aspect kept, snapping (and what does not snap), arrangements
// and guides.
#include "studio/scene/geometry/canvasgeometry.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace vida3::studio::geometry;

Q_DECLARE_METATYPE(vida3::studio::geometry::Handle)

class TestCanvasGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canvasFitsTheView_data()
    {
        QTest::addColumn<QSizeF>("canvas");
        QTest::addColumn<QRectF>("view");
        QTest::addColumn<QPointF>("canvasPoint");
        QTest::addColumn<QPointF>("viewPoint");
        QTest::newRow("same aspect") << QSizeF(1280, 720) << QRectF(0, 0, 640, 360) << QPointF(1280, 720) << QPointF(640, 360);
        QTest::newRow("wide view: pillarbox") << QSizeF(1280, 720) << QRectF(0, 0, 1000, 360) << QPointF(0, 0) << QPointF(180, 0);
        QTest::newRow("tall view: letterbox") << QSizeF(1920, 1080) << QRectF(0, 0, 960, 1000) << QPointF(960, 540) << QPointF(480, 500);
        QTest::newRow("offset view") << QSizeF(100, 100) << QRectF(10, 20, 50, 50) << QPointF(50, 50) << QPointF(35, 45);
    }
    void canvasFitsTheView()
    {
        QFETCH(QSizeF, canvas);
        QFETCH(QRectF, view);
        QFETCH(QPointF, canvasPoint);
        QFETCH(QPointF, viewPoint);
        const QTransform t = canvasToView(canvas, view);
        QCOMPARE(t.map(canvasPoint), viewPoint);
        QCOMPARE(t.inverted().map(viewPoint), canvasPoint);
    }

    void devicePixelsAtEveryScale_data()
    {
        QTest::addColumn<double>("dpr");
        QTest::addColumn<QPointF>("view");
        QTest::addColumn<QPointF>("device");
        QTest::newRow("1") << 1.0 << QPointF(100, 50) << QPointF(100, 50);
        QTest::newRow("1.25") << 1.25 << QPointF(100, 50) << QPointF(125, 62.5);
        QTest::newRow("1.5") << 1.5 << QPointF(100, 50) << QPointF(150, 75);
        QTest::newRow("2") << 2.0 << QPointF(100, 50) << QPointF(200, 100);
    }
    void devicePixelsAtEveryScale()
    {
        QFETCH(double, dpr);
        QFETCH(QPointF, view);
        QFETCH(QPointF, device);
        QCOMPARE(toDevice(view, dpr), device);
        QCOMPARE(fromDevice(device, dpr), view);
        // A drag of N device pixels moves a layer N / dpr / scale canvas pixels.
        const QTransform t = canvasToView(QSizeF(1280, 720), QRectF(0, 0, 640, 360));
        const QPointF moved = t.inverted().map(fromDevice(QPointF(30, 0), dpr)) - t.inverted().map(QPointF(0, 0));
        QCOMPARE(moved.x(), 30 / dpr * 2);
    }

    void clickHitsTheTopmostUnlockedVisibleLayer_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QString>("hit");
        QTest::newRow("top of three") << QPointF(60, 60) << QStringLiteral("top");
        QTest::newRow("under top only bg") << QPointF(5, 5) << QStringLiteral("bg");
        QTest::newRow("hidden skipped") << QPointF(150, 150) << QStringLiteral("bg");
        QTest::newRow("locked skipped") << QPointF(250, 250) << QStringLiteral("bg");
        QTest::newRow("outside") << QPointF(500, 500) << QString();
        QTest::newRow("edge counts") << QPointF(100, 100) << QStringLiteral("top");
    }
    void clickHitsTheTopmostUnlockedVisibleLayer()
    {
        QFETCH(QPointF, point);
        QFETCH(QString, hit);
        const QList<LayerBox> layers{{QStringLiteral("bg"), QRectF(0, 0, 400, 400), true, false, 0, {}},
                                     {QStringLiteral("top"), QRectF(50, 50, 50, 50), true, false, 0, {}},
                                     {QStringLiteral("hidden"), QRectF(140, 140, 20, 20), false, false, 0, {}},
                                     {QStringLiteral("locked"), QRectF(240, 240, 20, 20), true, true, 0, {}}};
        QCOMPARE(hitTest(layers, point), hit);
    }

    void handleUnderThePointer_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<Handle>("handle");
        // rect 100,100 200×100; tolerance 6
        QTest::newRow("top-left") << QPointF(103, 96) << Handle::TopLeft;
        QTest::newRow("bottom-right") << QPointF(300, 200) << Handle::BottomRight;
        QTest::newRow("top-right") << QPointF(305, 105) << Handle::TopRight;
        QTest::newRow("bottom-left") << QPointF(95, 195) << Handle::BottomLeft;
        QTest::newRow("top middle") << QPointF(200, 100) << Handle::Top;
        QTest::newRow("bottom middle") << QPointF(204, 202) << Handle::Bottom;
        QTest::newRow("left middle") << QPointF(100, 150) << Handle::Left;
        QTest::newRow("right middle") << QPointF(299, 147) << Handle::Right;
        QTest::newRow("edge away from a handle moves") << QPointF(150, 101) << Handle::Move;
        QTest::newRow("inside") << QPointF(150, 150) << Handle::Move;
        QTest::newRow("just outside") << QPointF(93, 150) << Handle::None;
        QTest::newRow("far") << QPointF(10, 10) << Handle::None;
    }
    void handleUnderThePointer()
    {
        QFETCH(QPointF, point);
        QFETCH(Handle, handle);
        QCOMPARE(handleAt(QRectF(100, 100, 200, 100), point, 6), handle);
    }

    void resizing_data()
    {
        QTest::addColumn<Handle>("handle");
        QTest::addColumn<QPointF>("delta");
        QTest::addColumn<bool>("keepAspect");
        QTest::addColumn<QRectF>("result");
        // from 100,100 200×100
        QTest::newRow("right edge") << Handle::Right << QPointF(50, 30) << false << QRectF(100, 100, 250, 100);
        QTest::newRow("top-left free") << Handle::TopLeft << QPointF(-20, -10) << false << QRectF(80, 90, 220, 110);
        QTest::newRow("bottom-right aspect, x wins") << Handle::BottomRight << QPointF(100, 0) << true << QRectF(100, 100, 300, 150);
        QTest::newRow("bottom-right aspect, y wins") << Handle::BottomRight << QPointF(0, 50) << true << QRectF(100, 100, 300, 150);
        QTest::newRow("top-left aspect keeps bottom-right") << Handle::TopLeft << QPointF(100, 0) << true << QRectF(200, 150, 100, 50);
        QTest::newRow("right edge aspect grows around centre") << Handle::Right << QPointF(200, 0) << true << QRectF(100, 50, 400, 200);
        QTest::newRow("bottom edge") << Handle::Bottom << QPointF(7, -40) << false << QRectF(100, 100, 200, 60);
        QTest::newRow("past the opposite edge stops") << Handle::Left << QPointF(500, 0) << false << QRectF(299, 100, 1, 100);
        QTest::newRow("move handle does nothing") << Handle::Move << QPointF(5, 5) << false << QRectF(100, 100, 200, 100);
    }
    void resizing()
    {
        QFETCH(Handle, handle);
        QFETCH(QPointF, delta);
        QFETCH(bool, keepAspect);
        QFETCH(QRectF, result);
        QCOMPARE(resized(QRectF(100, 100, 200, 100), handle, delta, keepAspect), result);
    }

    void snapping_data()
    {
        QTest::addColumn<QRectF>("moving");
        QTest::addColumn<QPointF>("offset");
        QTest::addColumn<int>("guides");
        // canvas 1280×720, one other layer at 600,300 100×100, distance 10
        QTest::newRow("left edge to canvas") << QRectF(7, 200, 50, 50) << QPointF(-7, 0) << 1;
        QTest::newRow("right edge to canvas") << QRectF(1225, 200, 50, 50) << QPointF(5, 0) << 1;
        QTest::newRow("centre to centre line") << QRectF(612, 100, 50, 50) << QPointF(3, 0) << 1;
        QTest::newRow("to another layer's edge") << QRectF(703, 500, 50, 50) << QPointF(-3, 0) << 1;
        QTest::newRow("both axes") << QRectF(4, 665, 50, 50) << QPointF(-4, 5) << 2;
        QTest::newRow("out of reach") << QRectF(30, 200, 50, 50) << QPointF(0, 0) << 0;
        // left 594 is 6 from the layer's 600, right 644 is 4 from the centre line 640: 4 wins.
        QTest::newRow("the nearest wins") << QRectF(594, 200, 50, 50) << QPointF(-4, 0) << 1;
    }
    void snapping()
    {
        QFETCH(QRectF, moving);
        QFETCH(QPointF, offset);
        QFETCH(int, guides);
        const Snap snap = snapMove(moving, {QRectF(600, 300, 100, 100)}, QSizeF(1280, 720), 10);
        QCOMPARE(snap.offset, offset);
        QCOMPARE(snap.guides.size(), guides);
    }

    void resizeSnapsOnlyTheDraggedEdge()
    {
        const Snap right = snapResize(QRectF(100, 100, 1173, 50), Handle::Right, {}, QSizeF(1280, 720), 10);
        QCOMPARE(right.offset, QPointF(7, 0));
        const Snap left = snapResize(QRectF(100, 100, 1173, 50), Handle::Left, {}, QSizeF(1280, 720), 10);
        QCOMPARE(left.offset, QPointF(0, 0));  // the left edge is 100 px from anything
    }

    void rotation_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<double>("snap");
        QTest::addColumn<double>("degrees");
        QTest::newRow("up") << QPointF(0, -10) << 0.0 << 0.0;
        QTest::newRow("right") << QPointF(10, 0) << 0.0 << 90.0;
        QTest::newRow("down") << QPointF(0, 10) << 0.0 << 180.0;
        QTest::newRow("left") << QPointF(-10, 0) << 0.0 << -90.0;
        QTest::newRow("37° free") << QPointF(std::sin(37 * std::numbers::pi / 180), -std::cos(37 * std::numbers::pi / 180)) << 0.0 << 37.0;
        QTest::newRow("37° Shift: 30°") << QPointF(std::sin(37 * std::numbers::pi / 180), -std::cos(37 * std::numbers::pi / 180)) << 15.0 << 30.0;
        QTest::newRow("40° Shift: 45°") << QPointF(std::sin(40 * std::numbers::pi / 180), -std::cos(40 * std::numbers::pi / 180)) << 15.0 << 45.0;
    }
    void rotation()
    {
        QFETCH(QPointF, point);
        QFETCH(double, snap);
        QFETCH(double, degrees);
        QVERIFY2(std::abs(rotationAt(QPointF(0, 0), point, snap) - degrees) < 1e-9,
                 qPrintable(QString::number(rotationAt(QPointF(0, 0), point, snap))));
    }

    void rotatedLayersAreHitResizedAndBoundedAsTheyAreSeen()
    {
        const QRectF bar(100, 190, 200, 20);  // centre 200,200
        // Turned 90°: it stands upright, 20 wide and 200 tall.
        QCOMPARE(boundingBox(bar, 90).toRect(), QRect(190, 100, 20, 200));
        const QList<LayerBox> layers{{QStringLiteral("bar"), bar, true, false, 90, {}}};
        QCOMPARE(hitTest(layers, QPointF(200, 120)), QStringLiteral("bar"));  // outside it unturned
        QCOMPARE(hitTest(layers, QPointF(120, 200)), QString());               // inside it unturned
        const QPointF local = toLocal(QPointF(200, 120), bar, 90);
        QVERIFY(std::abs(local.x() - 120) < 1e-9 && std::abs(local.y() - 200) < 1e-9);
        // Its right handle dragged 50 px down the canvas (along the turned bar): 50 px longer, and
        // the left end (the anchor) stays where it is on the canvas.
        const QRectF longer = resizedRotated(bar, 90, Handle::Right, QPointF(0, 50), false);
        QVERIFY(std::abs(longer.width() - 250) < 1e-9);
        const QPointF anchorBefore = fromLocal(QPointF(bar.left(), bar.center().y()), bar, 90);
        const QPointF anchorAfter = fromLocal(QPointF(longer.left(), longer.center().y()), longer, 90);
        QVERIFY2(QLineF(anchorBefore, anchorAfter).length() < 1e-9, "the anchor moved");
        QCOMPARE(resizedRotated(bar, 0, Handle::Right, QPointF(50, 7), false), QRectF(100, 190, 250, 20));
    }

    void altDragCrops()
    {
        const QRectF r(0, 0, 200, 100);
        QCOMPARE(trimmed(r, {}, Handle::Right, QPointF(-30, 0)), QMarginsF(0, 0, 30, 0));
        QCOMPARE(trimmed(r, {}, Handle::TopLeft, QPointF(20, 10)), QMarginsF(20, 10, 0, 0));
        QCOMPARE(trimmed(r, QMarginsF(20, 0, 0, 0), Handle::Left, QPointF(-50, 0)), QMarginsF(0, 0, 0, 0));  // not below 0
        QCOMPARE(trimmed(r, QMarginsF(0, 0, 50, 0), Handle::Left, QPointF(500, 0)), QMarginsF(149, 0, 50, 0));  // 1 px stays
        const QList<LayerBox> layers{{QStringLiteral("a"), r, true, false, 0, QMarginsF(0, 0, 100, 0)}};
        QCOMPARE(hitTest(layers, QPointF(50, 50)), QStringLiteral("a"));
        QCOMPARE(hitTest(layers, QPointF(150, 50)), QString());
    }

    void arrangementsAndGuides()
    {
        const QSizeF canvas(1280, 720);
        QCOMPARE(fitted(QRectF(10, 10, 400, 400), canvas), QRectF(280, 0, 720, 720));
        QCOMPARE(filled(QRectF(10, 10, 400, 400), canvas), QRectF(0, -280, 1280, 1280));
        QCOMPARE(centred(QRectF(10, 10, 100, 50), canvas), QRectF(590, 335, 100, 50));
        QCOMPARE(actionSafe(canvas), QRectF(44.8, 25.2, 1190.4, 669.6));
        QCOMPARE(titleSafe(canvas), QRectF(64, 36, 1152, 648));
        QCOMPARE(vertical916(canvas), QRectF(437.5, 0, 405, 720));
        const EdgeDistances d = distancesToCanvas(QRectF(10, 20, 100, 50), canvas);
        QCOMPARE(d.right, 1170.0);
        QCOMPARE(d.bottom, 650.0);
    }
};

QTEST_GUILESS_MAIN(TestCanvasGeometry)

#include "tst_canvasgeometry.moc"
