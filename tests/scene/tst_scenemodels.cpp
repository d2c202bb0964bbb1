// SPDX-License-Identifier: GPL-2.0-or-later
// The scenes and layers panels' models: QAbstractItemModelTester watches every signal while
// edits, undos and redos run; each command gives exactly the row signals a view needs (an add
// is one inserted row, a reorder a layout change that keeps the selection); edits made through
// the model (rename, show/hide, drop) are commands that undo.
#include "studio/scene/collectionparser.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/models/layerlistmodel.h"
#include "studio/scene/models/scenelistmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace vida3::studio;

namespace {
SceneCollection start()
{
    auto c = parseSceneCollection(R"({"version":2,"scenes":[
      {"id":"a","name":"One","layers":[{"id":"bg","kind":"color","color":"#000"},{"id":"mid","kind":"color","color":"#111"},{"id":"top","kind":"text","text":"T"}]},
      {"id":"b","name":"Two","layers":[]},{"id":"c","name":"Three","layers":[]}]})",
                                  QStringLiteral("models.json"));
    if (!c)
        qFatal("%s", qPrintable(c.error().detail));
    return c.value();
}

QStringList names(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(u',');
}

QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data().toString());
    return out;
}
}  // namespace

class TestSceneModels : public QObject
{
    Q_OBJECT

    const LayerFactory &m_kinds = LayerFactory::builtIn();

private Q_SLOTS:
    void scenesGiveExactRowSignals()
    {
        SceneDocument d(start());
        SceneListModel model(d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(sceneedits::addScene(d, QStringLiteral("Four"), 0));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);  // after "One"
        QCOMPARE(rows(model), names("One,Four,Two,Three"));
        QVERIFY(sceneedits::moveScene(d, 0, 3));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(rows(model), names("Four,Two,Three,One"));
        d.undoStack().undo();
        QCOMPARE(moved.size(), 2);
        QCOMPARE(rows(model), names("One,Four,Two,Three"));
        QVERIFY(model.setData(model.index(2), QStringLiteral("Deux")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QSignalSpy refused(&model, &SceneListModel::refused);
        QVERIFY(!model.setData(model.index(2), QStringLiteral("One")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("already a scene")));
        QVERIFY(sceneedits::removeScene(d, QStringLiteral("a")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QVERIFY(model.index(0).data(SceneListModel::OnAirRole).toBool());  // the neighbour is on air now
        d.undoStack().undo();
        QCOMPARE(inserted.size(), 2);
        QVERIFY(model.index(0).data(SceneListModel::OnAirRole).toBool());
        QCOMPARE(model.index(0).data(SceneListModel::IdRole).toString(), QStringLiteral("a"));

        // Dropping "Three" above "One" is one move, and undoes.
        QMimeData *drag = model.mimeData({model.index(3)});
        model.dropMimeData(drag, Qt::MoveAction, 0, 0, {});
        delete drag;
        QCOMPARE(rows(model), names("Three,One,Four,Deux"));
        d.undoStack().undo();
        QCOMPARE(rows(model), names("One,Four,Deux,Three"));
    }

    void layersGiveExactRowSignalsAndKeepTheSelection()
    {
        SceneDocument d(start());
        LayerListModel model(d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSceneId(QStringLiteral("a"));
        QCOMPARE(rows(model), names("top,mid,bg"));  // top layer first
        QItemSelectionModel selection(&model);
        selection.select(model.index(2), QItemSelectionModel::Select);  // "bg"
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(layeredits::addLayer(d, QStringLiteral("a"), QStringLiteral("vida3"), {}, m_kinds));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(selection.selectedRows().first().data().toString(), QStringLiteral("bg"));
        QVERIFY(layeredits::raise(d, QStringLiteral("a"), {QStringLiteral("bg")}, 100));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(rows(model), names("bg,vida3,top,mid"));
        QCOMPARE(selection.selectedRows().first().row(), 0);  // the selection followed "bg"
        QVERIFY(model.setData(model.index(2), QStringLiteral("headline")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rows(model), names("bg,vida3,headline,mid"));
        QVERIFY(model.setData(model.index(3), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(3).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(layeredits::removeLayers(d, QStringLiteral("a"), {QStringLiteral("vida3")}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(reset.size(), 0);
        // Edits of another scene say nothing here.
        const int signalsBefore = int(inserted.size() + removed.size() + layout.size() + changed.size());
        QVERIFY(layeredits::addLayer(d, QStringLiteral("b"), QStringLiteral("vida3"), {}, m_kinds));
        QCOMPARE(int(inserted.size() + removed.size() + layout.size() + changed.size()), signalsBefore);
        // Dropping "mid" on top is one reorder.
        QMimeData *drag = model.mimeData({model.index(2)});
        model.dropMimeData(drag, Qt::MoveAction, 0, 0, {});
        delete drag;
        QCOMPARE(rows(model), names("mid,bg,headline"));
        while (d.undoStack().canUndo())
            d.undoStack().undo();
        QCOMPARE(rows(model), names("top,mid,bg"));
        // The scene removed (and back by undo): the list empties and fills again.
        QVERIFY(sceneedits::removeScene(d, QStringLiteral("a")));
        QCOMPARE(model.rowCount(), 0);
        d.undoStack().undo();
        QCOMPARE(rows(model), names("top,mid,bg"));
    }

    void randomEditsKeepTheModelsConsistent()
    {
        SceneDocument d(start());
        SceneListModel scenes(d);
        LayerListModel layers(d);
        QAbstractItemModelTester t1(&scenes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&layers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        layers.setSceneId(QStringLiteral("a"));
        QRandomGenerator random(7);
        for (int i = 0; i < 400; ++i) {
            const QStringList ids = layeredits::paintOrder(d, QStringLiteral("a"));
            const QString any = ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
            switch (random.bounded(9)) {
            case 0: (void)layeredits::addLayer(d, QStringLiteral("a"), QStringLiteral("vida3"), {}, m_kinds); break;
            case 1: (void)layeredits::removeLayers(d, QStringLiteral("a"), {any}); break;
            case 2: (void)layeredits::raise(d, QStringLiteral("a"), {any}, random.bounded(2) ? 1 : -1); break;
            case 3: (void)layeredits::renameLayer(d, QStringLiteral("a"), any, QStringLiteral("n%1").arg(i)); break;
            case 4: (void)sceneedits::addScene(d, QStringLiteral("S")); break;
            case 5: (void)sceneedits::removeScene(d, scenes.sceneId(random.bounded(scenes.rowCount()))); break;
            case 6: (void)sceneedits::moveScene(d, random.bounded(scenes.rowCount()), random.bounded(scenes.rowCount())); break;
            case 7: d.undoStack().undo(); break;
            case 8: d.undoStack().redo(); break;
            }
            QStringList expected = layeredits::paintOrder(d, QStringLiteral("a"));
            std::reverse(expected.begin(), expected.end());
            QCOMPARE(rows(layers), expected);
            QCOMPARE(scenes.rowCount(), int(d.sceneCount()));
        }
    }
};

QTEST_MAIN(TestSceneModels)

#include "tst_scenemodels.moc"
