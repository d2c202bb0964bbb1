// SPDX-License-Identifier: GPL-2.0-or-later
// Scenes in the window: clicking a scene puts it on air (the preview shows it), Ctrl+Z takes it
// back, layers added from the Layers panel show on the canvas and undo, the History panel lists
// every step, a template becomes a scene, and every edit reaches the collection file within
// 2 s, which the next window opens again.
#include "app/canvas/canvaseditor.h"
#include "app/scenes/inspectordock.h"
#include "app/scenes/layersdock.h"
#include "app/scenes/scenesdock.h"
#include "app/scenes/sceneworkspace.h"
#include "app/scenes/studiomode.h"
#include "app/previewwidget.h"
#include "app/sessioncontroller.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/models/layerlistmodel.h"
#include "studio/scene/models/scenelistmodel.h"
#include "windowfixture.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QDoubleSpinBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QTest>
#include <QUndoView>

using namespace vida3;
using namespace vida3::tests;

namespace {
const QByteArray kShow = R"({"version":2,"canvas":{"width":1280,"height":720},"program":"one","transition":{"kind":"fade","duration_ms":200},
  "scenes":[{"id":"one","name":"first","layers":[{"id":"bg","kind":"color","color":"#ff0000"}]},
            {"id":"two","name":"second","layers":[{"id":"bg","kind":"color","color":"#0000ff"}]}]})";

QColor middle(const app::StudioWindow &window)
{
    const QImage preview = window.controller()->latestPreview();
    return preview.isNull() ? QColor() : QColor(preview.pixel(preview.width() / 2, preview.height() / 2));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
// A window on the two-scene show ("first" red on air, "second" blue); null if it cannot be set up.
std::unique_ptr<app::StudioWindow> openShow(WindowFixture &fixture)
{
    if (!fixture.setUp() || !writeFile(fixture.collectionPath(), kShow))
        return nullptr;
    auto window = fixture.makeWindow(&fixture.secrets());
    window->show();
    return window;
}
}  // namespace

class TestSceneWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickingASceneSwitchesAndUndoSwitchesBack()
    {
        WindowFixture fixture;
        auto window = openShow(fixture);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(middle(*window).red() > 200, 8000);
        app::ScenesDock *scenes = window->workspace()->scenes();
        const QModelIndex second = scenes->model()->index(1);
        QTest::mouseClick(scenes->view()->viewport(), Qt::LeftButton, {}, scenes->view()->visualRect(second).center());
        QCOMPARE(window->document().collection().programId, QStringLiteral("two"));
        QTRY_VERIFY_WITH_TIMEOUT(middle(*window).blue() > 200 && middle(*window).red() < 40, 8000);
        window->workspace()->undoAction()->trigger();
        QCOMPARE(window->document().collection().programId, QStringLiteral("one"));
        QTRY_VERIFY_WITH_TIMEOUT(middle(*window).red() > 200 && middle(*window).blue() < 40, 8000);
        QVERIFY(scenes->model()->index(0).data(studio::SceneListModel::OnAirRole).toBool());
    }

    void studioModeEditsTheNextSceneAndTakeIsUndoable()
    {
        WindowFixture fixture;
        auto window = openShow(fixture);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(middle(*window).red() > 200, 8000);
        window->workspace()->studioModeAction()->trigger();
        app::StudioModePanel *studio = window->studioMode();
        QVERIFY(studio->studioMode());
        QVERIFY(studio->isVisible());
        app::ScenesDock *scenes = window->workspace()->scenes();
        QTest::mouseClick(scenes->view()->viewport(), Qt::LeftButton, {}, scenes->view()->visualRect(scenes->model()->index(1)).center());
        // The click chose the preview; the programme is untouched.
        QCOMPARE(studio->previewScene(), QStringLiteral("two"));
        QCOMPARE(window->document().collection().programId, QStringLiteral("one"));
        QCOMPARE(window->workspace()->layers()->sceneId(), QStringLiteral("two"));  // the layers of the next scene
        QVERIFY(scenes->model()->index(1).data(studio::SceneListModel::PreviewRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!studio->preview()->currentFrame().isNull()
                                     && QColor(studio->preview()->currentFrame().pixel(10, 10)).blue() > 200, 5000);
        QTest::qWait(300);
        QVERIFY(middle(*window).red() > 200);  // still on air
        QVERIFY(studio->take());
        QCOMPARE(window->document().collection().programId, QStringLiteral("two"));
        QTRY_VERIFY_WITH_TIMEOUT(middle(*window).blue() > 200 && middle(*window).red() < 40, 8000);
        QCOMPARE(window->document().undoStack().undoText(), QStringLiteral("Take \u201Csecond\u201D"));
        window->workspace()->undoAction()->trigger();
        QCOMPARE(window->document().collection().programId, QStringLiteral("one"));
        // The scene on air (also in the preview) removed: its neighbour takes both places.
        studio->setPreviewScene(QStringLiteral("one"));
        QVERIFY(studio::sceneedits::removeScene(window->document(), QStringLiteral("one")));
        QCOMPARE(window->document().collection().programId, QStringLiteral("two"));
        QCOMPARE(studio->previewScene(), QStringLiteral("two"));
        window->workspace()->undoAction()->trigger();
        QCOMPARE(window->document().collection().programId, QStringLiteral("one"));
        window->workspace()->studioModeAction()->trigger();
        QVERIFY(!studio->isVisible());
        QCOMPARE(window->workspace()->layers()->sceneId(), QStringLiteral("one"));
    }

    void layersTemplatesHistoryAndAutosave()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        app::LayersDock *layers = window->workspace()->layers();
        const int before = layers->model()->rowCount();
        QElapsedTimer sinceEdit;
        sinceEdit.start();
        QVERIFY2(layers->addLayer(QStringLiteral("text")), qPrintable(layers->message()));
        QCOMPARE(layers->model()->rowCount(), before + 1);
        QCOMPARE(layers->selectedIds(), QStringList{QStringLiteral("text")});
        QCOMPARE(window->canvas()->selectedIds(), QStringList{QStringLiteral("text")});  // one shared selection
        // The edit is in the file within 2 s.
        QTRY_VERIFY_WITH_TIMEOUT(fileBytes(fixture.collectionPath()).contains("\"Your text\""), 2000);
        QVERIFY2(sinceEdit.elapsed() <= 2000, qPrintable(QString::number(sinceEdit.elapsed())));
        // A template becomes a scene; the history lists both steps.
        window->workspace()->scenes()->addTemplate(2);
        QCOMPARE(window->document().sceneCount(), 2);
        QCOMPARE(window->document().scene(1).name, QStringLiteral("Be right back"));
        auto *history = requireChild<QUndoView>(*window, "historyView");
        QCOMPARE(history->model()->rowCount(), 3);  // "Opened" and two steps
        // Removing the layer and undoing it brings it back, selected state aside.
        QVERIFY(layers->removeSelected());
        QCOMPARE(layers->model()->rowCount(), before);
        window->workspace()->undoAction()->trigger();
        QCOMPARE(layers->model()->rowCount(), before + 1);
        // Quit, start again: the collection is there.
        window.reset();
        auto again = fixture.makeWindow(&fixture.secrets());
        QCOMPARE(again->document().sceneCount(), 2);
        QVERIFY(again->document().layerIndex(0, QStringLiteral("text")) >= 0);
        QCOMPARE(again->document().undoStack().count(), 0);  // history starts with the session
    }

    void theInspectorIsBuiltFromTheKindAndEditsLive()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        app::LayersDock *layers = window->workspace()->layers();
        app::InspectorDock *inspector = window->workspace()->inspector();
        inspector->show();
        inspector->raise();
        QVERIFY(layers->addLayer(QStringLiteral("text")));
        QCOMPARE(inspector->layerId(), QStringLiteral("text"));
        // Every field of the text kind has an editor: none written for it by hand.
        for (const char *field : {"x", "y", "width", "height", "opacity", "text", "font", "size", "color", "align", "bold", "clock"})
            QVERIFY2(inspector->editor(QString::fromLatin1(field)), field);
        const auto layer = [&] {
            const qsizetype scene = window->document().sceneIndex(layers->sceneId());
            return window->document().scene(scene).scene.layers.at(window->document().layerIndex(scene, QStringLiteral("text")));
        };
        const int steps = window->document().undoStack().count();
        auto *text = qobject_cast<QLineEdit *>(inspector->editor(QStringLiteral("text")));
        QVERIFY(text);
        text->setFocus();
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Hello"));
        QCOMPARE(layer().properties.value(QStringLiteral("text")).toString(), QStringLiteral("Hello"));  // live, as typed
        QCOMPARE(window->document().undoStack().count(), steps + 1);  // one step for the typing
        auto *color = qobject_cast<QLineEdit *>(inspector->editor(QStringLiteral("color")));
        color->setFocus();
        color->selectAll();
        QTest::keyClicks(color, QStringLiteral("nope"));
        QVERIFY2(inspector->message().contains(QStringLiteral("color")), qPrintable(inspector->message()));
        QVERIFY(!layer().properties.contains(QStringLiteral("color")) || layer().properties.value(QStringLiteral("color")).toString() != u"nope");
        auto *x = qobject_cast<QDoubleSpinBox *>(inspector->editor(QStringLiteral("x")));
        x->setValue(12);
        QCOMPARE(layer().geometryPx.x(), 12.0);
        QVERIFY(inspector->setField(QStringLiteral("size"), 30));
        QCOMPARE(layer().properties.value(QStringLiteral("size")).toInt(), 30);
        requireChild<QToolButton>(*inspector, "reset_size")->click();
        QVERIFY(!layer().properties.contains(QStringLiteral("size")));  // back to the kind's default
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(inspector->editor(QStringLiteral("size")))->value(), 48.0);
    }

    void aBundleExportedFromOneWindowImportsIntoAnother()
    {
        WindowFixture from;
        QVERIFY(from.setUp());
        QImage logo(32, 32, QImage::Format_RGB32);
        logo.fill(Qt::green);
        QVERIFY(logo.save(from.filePath(QStringLiteral("logo.png"))));
        auto window = from.makeWindow(&from.secrets());
        QVERIFY(window->workspace()->layers()->addLayer(QStringLiteral("image"), from.filePath(QStringLiteral("logo.png"))));
        const QString bundle = from.filePath(QStringLiteral("show.vida3scenes"));
        QVERIFY(window->workspace()->exportBundle(bundle));
        window.reset();

        WindowFixture to;
        QVERIFY(to.setUp());
        auto other = to.makeWindow(&to.secrets());
        auto ids = other->workspace()->importBundle(bundle);
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().detail));
        QCOMPARE(other->document().sceneCount(), 2);  // its own scene and the imported one
        const studio::CollectionScene &imported = other->document().scene(1);
        const qsizetype at = other->document().layerIndex(1, QStringLiteral("image"));
        QVERIFY(at >= 0);
        const QString source = imported.scene.layers.at(at).properties.value(QStringLiteral("source")).toString();
        QVERIFY2(source.startsWith(QFileInfo(to.collectionPath()).absolutePath() + QStringLiteral("/imported/")), qPrintable(source));
        QCOMPARE(QImage(source).pixelColor(5, 5), QColor(Qt::green));
        other->workspace()->undoAction()->trigger();  // one step
        QCOMPARE(other->document().sceneCount(), 1);
    }

    void aSceneHasItsOwnTransition()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        QVERIFY(writeFile(fixture.collectionPath(), kShow));
        auto window = fixture.makeWindow(&fixture.secrets());
        app::ScenesDock *scenes = window->workspace()->scenes();
        studio::Transition slide;
        slide.kind = studio::Transition::Kind::Slide;
        slide.durationMs = 500;
        scenes->setSceneTransition(QStringLiteral("two"), slide);
        QCOMPARE(window->document().collection().transitionTo(1).toString(), QStringLiteral("slide:500"));
        QCOMPARE(window->document().collection().transitionTo(0).toString(), QStringLiteral("fade:200"));  // the default
        QVERIFY(scenes->model()->index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("slide:500")));
        window->workspace()->undoAction()->trigger();
        QCOMPARE(window->document().collection().transitionTo(1).toString(), QStringLiteral("fade:200"));
    }

    void aNameTakenIsRefusedWithTheReason()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        app::ScenesDock *scenes = window->workspace()->scenes();
        scenes->addEmpty();
        QVERIFY(!scenes->model()->setData(scenes->model()->index(1), window->document().scene(0).name));
        QVERIFY2(scenes->message().contains(QStringLiteral("already a scene")), qPrintable(scenes->message()));
        scenes->putOnAir(window->document().scene(1).id);
        scenes->removeCurrent();
        QCOMPARE(window->document().sceneCount(), 1);
        scenes->removeCurrent();  // the last one stays
        QVERIFY2(scenes->message().contains(QStringLiteral("last scene")), qPrintable(scenes->message()));
    }

    // The arrangement of the docks survives a restart; View > Reset layout brings the default back.
    void theDockLayoutIsKeptAndCanBeReset()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        {
            auto window = fixture.makeWindow(&fixture.secrets());
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            auto *layers = requireChild<QDockWidget>(*window, "layersDock");
            auto *sessions = requireChild<QDockWidget>(*window, "sessionHistoryDock");
            QCOMPARE(window->dockWidgetArea(layers), Qt::LeftDockWidgetArea);
            window->addDockWidget(Qt::RightDockWidgetArea, layers);
            sessions->setFloating(true);
            requireChild<QDockWidget>(*window, "historyDock")->close();
            QVERIFY(window->close());
        }
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *layers = requireChild<QDockWidget>(*window, "layersDock");
        auto *sessions = requireChild<QDockWidget>(*window, "sessionHistoryDock");
        auto *edits = requireChild<QDockWidget>(*window, "historyDock");
        QCOMPARE(window->dockWidgetArea(layers), Qt::RightDockWidgetArea);
        QVERIFY(sessions->isFloating());
        QVERIFY(!edits->toggleViewAction()->isChecked());  // closed
        requireChild<QAction>(*window, "resetLayout")->trigger();
        QCOMPARE(window->dockWidgetArea(layers), Qt::LeftDockWidgetArea);
        QVERIFY(!sessions->isFloating());
        QVERIFY(edits->toggleViewAction()->isChecked());
    }
};

QTEST_MAIN(TestSceneWindow)

#include "tst_scenewindow.moc"
