// SPDX-License-Identifier: GPL-2.0-or-later
// Editing on the canvas with real mouse and key events (press, move with the button held,
// release): a drag of N screen pixels moves the layer by the pixels the preview's scale and
// the display scale say (run at display scale 1 and 1.5), snapping engages within its distance
// and Ctrl turns it off, a handle resizes (Shift keeps the aspect ratio), a locked layer stays
// put, undo restores the document byte for byte, and everything works by keyboard alone; a
// screen reader finds every layer.
#include "app/canvas/canvaseditor.h"
#include "app/previewwidget.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/collectionwriter.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/models/layerlistmodel.h"

#include <QAccessible>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>
#include <numbers>

using namespace vida3;

namespace {
const QByteArray kScene = R"({"version":2,"canvas":{"width":1280,"height":720},"scenes":[{"id":"s","name":"S","layers":[
  {"id":"bg","kind":"color","color":"#000","locked":true},
  {"id":"box","kind":"color","color":"#f00","x":400,"y":200,"width":200,"height":100},
  {"id":"card","kind":"color","color":"#0f0","x":800,"y":400,"width":100,"height":100}]}]})";

struct Harness
{
    studio::SceneDocument document{studio::parseSceneCollection(kScene, QStringLiteral("t.json")).value()};
    studio::LayerListModel layers{document};
    QItemSelectionModel selection{&layers};
    QWidget window;
    QLineEdit *before = new QLineEdit;
    app::PreviewWidget *preview = new app::PreviewWidget;
    app::CanvasEditor *editor = nullptr;

    Harness()
    {
        layers.setSceneId(QStringLiteral("s"));
        QImage frame(1280, 720, QImage::Format_ARGB32_Premultiplied);
        frame.fill(Qt::black);
        preview->setFrameSource([frame] { return frame; });
        preview->setFixedSize(640, 360);  // the canvas at half size: 1 view px = 2 canvas px
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(before);
        layout->addWidget(preview);
        editor = new app::CanvasEditor(document, layers, selection, *preview);
        window.show();
    }
    QRectF rect(const QString &id) const
    {
        return document.scene(0).scene.layers.at(document.layerIndex(0, id)).geometryPx;
    }
    QPoint view(QPointF canvas) const { return editor->canvasToWidget().map(canvas).toPoint(); }
    // Press, move in steps with the button held, release: as a hand does it.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(editor, Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 5; ++i) {
            const QPoint at = from + (to - from) * i / 5;
            QMouseEvent move(QEvent::MouseMove, at, editor->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
            QApplication::sendEvent(editor, &move);
        }
        QTest::mouseRelease(editor, Qt::LeftButton, modifiers, to);
    }
};
}  // namespace

class TestCanvasEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDragMovesByScreenPixelsTimesTheScale()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(!h.preview->currentFrame().isNull());
        const QByteArray before = studio::collectionToJson(h.document.collection());
        const double dpr = h.editor->devicePixelRatioF();
        // The second run of this test sets QT_SCALE_FACTOR=1.5: it must really be at 1.5.
        QCOMPARE(dpr, qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble());
        // 60 device pixels to the right: 60 / dpr logical pixels, each 2 canvas pixels.
        const int logical = int(std::lround(60 / dpr));
        h.drag(h.view({500, 250}), h.view({500, 250}) + QPoint(logical, 0), Qt::ControlModifier);
        QCOMPARE(h.editor->selectedIds(), QStringList{QStringLiteral("box")});
        QCOMPARE(h.rect(QStringLiteral("box")), QRectF(400 + logical * 2, 200, 200, 100));
        QCOMPARE(h.document.undoStack().count(), 1);  // one drag, one step
        h.document.undoStack().undo();
        QCOMPARE(studio::collectionToJson(h.document.collection()), before);
    }

    void snappingEngagesWithinItsDistance()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(!h.preview->currentFrame().isNull());
        // The box's left edge 8 canvas px right of the card's right edge (900): 4 view px, under 10.
        const QPoint grab = h.view({500, 250});
        const QPoint to = grab + QPoint((908 - 400) / 2, 0);
        h.drag(grab, to);
        QCOMPARE(h.rect(QStringLiteral("box")).left(), 900.0);
        h.document.undoStack().undo();
        h.drag(grab, to, Qt::ControlModifier);  // Ctrl: no snapping
        QCOMPARE(h.rect(QStringLiteral("box")).left(), 908.0);
        h.document.undoStack().undo();
        // 30 canvas px away (15 view px): out of reach.
        h.drag(grab, grab + QPoint((930 - 400) / 2, 0));
        QCOMPARE(h.rect(QStringLiteral("box")).left(), 930.0);
    }

    void handlesResizeAndShiftKeepsTheAspect()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(!h.preview->currentFrame().isNull());
        QTest::mouseClick(h.editor, Qt::LeftButton, {}, h.view({500, 250}));
        const QPoint corner = h.view({600, 300});
        h.drag(corner, corner + QPoint(50, 0), Qt::ShiftModifier);
        QCOMPARE(h.rect(QStringLiteral("box")), QRectF(400, 200, 300, 150));
        h.document.undoStack().undo();
        const QPoint right = h.view({600, 250});
        h.drag(right, right + QPoint(-25, 7), Qt::ControlModifier);
        QCOMPARE(h.rect(QStringLiteral("box")), QRectF(400, 200, 150, 100));
    }

    void theKnobRotatesShiftInFifteenDegreeSteps()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(!h.preview->currentFrame().isNull());
        QTest::mouseClick(h.editor, Qt::LeftButton, {}, h.view({500, 250}));
        const QByteArray before = studio::collectionToJson(h.document.collection());
        // The knob sits above the top edge's middle; drag it round to the right of the centre,
        // 37° from straight up: Shift makes it 30°.
        const QPoint knob = h.view({500, 200}) - QPoint(0, int(app::CanvasEditor::kRotationHandlePx));
        const QPointF centre = h.editor->canvasToWidget().map(QPointF(500, 250));
        const double radius = 60;
        const QPoint to = (centre + QPointF(radius * std::sin(37 * std::numbers::pi / 180), -radius * std::cos(37 * std::numbers::pi / 180))).toPoint();
        h.drag(knob, to, Qt::ShiftModifier);
        const auto layer = h.document.scene(0).scene.layers.at(h.document.layerIndex(0, QStringLiteral("box")));
        QCOMPARE(layer.rotation, 30.0);
        QCOMPARE(layer.geometryPx, QRectF(400, 200, 200, 100));  // turned, not moved
        QCOMPARE(h.document.undoStack().count(), 1);
        h.document.undoStack().undo();
        QCOMPARE(studio::collectionToJson(h.document.collection()), before);
    }

    void altCropsInsteadOfResizing()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(!h.preview->currentFrame().isNull());
        QTest::mouseClick(h.editor, Qt::LeftButton, {}, h.view({500, 250}));
        const QByteArray before = studio::collectionToJson(h.document.collection());
        const QPoint right = h.view({600, 250});
        h.drag(right, right - QPoint(25, 0), Qt::AltModifier);  // 50 canvas px
        const auto layer = [&] { return h.document.scene(0).scene.layers.at(h.document.layerIndex(0, QStringLiteral("box"))); };
        QCOMPARE(layer().geometryPx, QRectF(400, 200, 200, 100));  // the content stays in place
        QCOMPARE(layer().trim, QMarginsF(0, 0, 50, 0));
        // What was cropped off is not the layer any more: a click there selects nothing.
        QTest::mouseClick(h.editor, Qt::LeftButton, {}, h.view({580, 250}));
        QVERIFY(h.editor->selectedIds().isEmpty());
        QCOMPARE(h.document.undoStack().count(), 1);
        h.document.undoStack().undo();
        QCOMPARE(studio::collectionToJson(h.document.collection()), before);
    }

    void aLockedLayerStaysPut()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTRY_VERIFY(!h.preview->currentFrame().isNull());
        h.drag(h.view({100, 100}), h.view({100, 100}) + QPoint(40, 40));
        QVERIFY(h.editor->selectedIds().isEmpty());  // the locked background is not even selected
        QCOMPARE(h.rect(QStringLiteral("bg")), QRectF(0, 0, 1280, 720));
        QCOMPARE(h.document.undoStack().count(), 0);
    }

    void everythingByKeyboard()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        h.before->setFocus();
        QTest::keyClick(h.before, Qt::Key_Tab);
        QVERIFY(h.editor->hasFocus());
        QTest::keyClick(h.editor, Qt::Key_PageUp);  // from nothing: the top layer
        QCOMPARE(h.editor->selectedIds(), QStringList{QStringLiteral("card")});
        QTest::keyClick(h.editor, Qt::Key_PageDown);
        QCOMPARE(h.editor->selectedIds(), QStringList{QStringLiteral("box")});
        const QByteArray before = studio::collectionToJson(h.document.collection());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(h.editor, Qt::Key_Right);
        QTest::keyClick(h.editor, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(h.rect(QStringLiteral("box")), QRectF(403, 210, 200, 100));
        QCOMPARE(h.document.undoStack().count(), 1);  // a burst of nudges is one step
        QTest::keyClick(h.editor, Qt::Key_Right, Qt::AltModifier);  // resize by keyboard
        QCOMPARE(h.rect(QStringLiteral("box")).width(), 201.0);
        h.editor->arrange(QStringLiteral("centre"));
        QCOMPARE(h.rect(QStringLiteral("box")).center(), QPointF(640, 360));
        while (h.document.undoStack().canUndo())
            h.document.undoStack().undo();
        QCOMPARE(studio::collectionToJson(h.document.collection()), before);
        QTest::keyClick(h.editor, Qt::Key_Escape);
        QVERIFY(h.editor->selectedIds().isEmpty());
    }

    void aScreenReaderFindsEveryLayer()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QAccessible::setActive(true);
        QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(h.editor);
        QVERIFY(canvas);
        QCOMPARE(canvas->role(), QAccessible::Canvas);
        QCOMPARE(canvas->text(QAccessible::Name), QStringLiteral("Canvas"));
        QCOMPARE(canvas->childCount(), 3);
        QAccessibleInterface *top = canvas->child(0);
        QVERIFY(top);
        QCOMPARE(top->text(QAccessible::Name), QStringLiteral("card"));
        QCOMPARE(top->text(QAccessible::Description), QStringLiteral("color layer at 800, 400, 100 × 100 pixels"));
        QVERIFY(!top->state().selected);
        QTest::mouseClick(h.editor, Qt::LeftButton, {}, h.view({850, 450}));
        QVERIFY(top->state().selected);
        QVERIFY(canvas->child(2)->state().readOnly);  // the locked background
        QCOMPARE(canvas->indexOfChild(canvas->child(1)), 1);
    }
};

QTEST_MAIN(TestCanvasEditor)

#include "tst_canvaseditor.moc"
