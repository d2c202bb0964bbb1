// SPDX-License-Identifier: GPL-2.0-or-later
// Every edit of a scene collection is one undoable step that restores the document byte for
// byte: each kind of edit on its own, merging (a drag is one step), refusals that change
// nothing, and a randomised run of 1,000 edits (with undos and redos among them) undone to the
// start and redone to the end.
#include "studio/scene/collectionparser.h"
#include "studio/scene/collectionwriter.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/document/scenedocument.h"

#include "studio/media/medialayer.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace vida3::studio;

namespace {
const QByteArray kStart = R"({"version":2,"canvas":{"width":1280,"height":720},"program":"a","scenes":[
  {"id":"a","name":"Starting soon","layers":[{"id":"bg","kind":"color","color":"#102030"},
     {"id":"title","kind":"text","text":"Soon","x":100,"y":500,"width":800,"height":80}]},
  {"id":"b","name":"Live","layers":[{"id":"visual","kind":"vida3"},{"id":"badge","kind":"color","color":"red","x":10,"y":10,"width":50,"height":50}]},
  {"id":"c","name":"Be right back","transition":{"kind":"cut"},"layers":[]}]})";

SceneCollection start()
{
    auto c = parseSceneCollection(kStart, QStringLiteral("start.json"));
    if (!c)
        qFatal("%s", qPrintable(c.error().detail));
    return c.value();
}

QByteArray json(const SceneDocument &document)
{
    return collectionToJson(document.collection());
}
}  // namespace

class TestSceneDocument : public QObject
{
    Q_OBJECT

    const LayerFactory &m_kinds = LayerFactory::builtIn();

    // Runs edit; it must make one step, undo must give back the bytes before, redo the bytes after.
    void checkRoundTrip(SceneDocument &document, const std::function<bool()> &edit, const char *what)
    {
        const QByteArray before = json(document);
        const int steps = document.undoStack().count();
        QVERIFY2(edit(), what);
        QCOMPARE(document.undoStack().count(), steps + 1);
        const QByteArray after = json(document);
        QVERIFY2(after != before, what);
        document.undoStack().undo();
        QCOMPARE(json(document), before);
        document.undoStack().redo();
        QCOMPARE(json(document), after);
    }

private Q_SLOTS:
    void everyKindOfEditIsOneExactStep()
    {
        SceneDocument d(start());
        checkRoundTrip(d, [&] { return bool(sceneedits::addScene(d, QStringLiteral("Outro"))); }, "add scene");
        checkRoundTrip(d, [&] { return bool(sceneedits::duplicateScene(d, QStringLiteral("b"))); }, "duplicate scene");
        checkRoundTrip(d, [&] { return bool(sceneedits::renameScene(d, QStringLiteral("b"), QStringLiteral("On air"))); }, "rename");
        checkRoundTrip(d, [&] { return bool(sceneedits::moveScene(d, 0, 2)); }, "move scene");
        checkRoundTrip(d, [&] { return bool(sceneedits::setProgram(d, QStringLiteral("b"))); }, "program");
        checkRoundTrip(d, [&] { return bool(sceneedits::removeScene(d, QStringLiteral("b"))); }, "remove the scene on air");
        QCOMPARE(d.collection().programId, QStringLiteral("live-copy"));  // the neighbour took its place
        d.undoStack().undo();
        QCOMPARE(d.collection().programId, QStringLiteral("b"));
        d.undoStack().redo();
        Transition slide;
        slide.kind = Transition::Kind::Slide;
        checkRoundTrip(d, [&] { return bool(sceneedits::setTransition(d, QStringLiteral("c"), slide)); }, "scene transition");
        checkRoundTrip(d, [&] { return bool(sceneedits::setTransition(d, QString(), slide)); }, "default transition");
        const QString a = QStringLiteral("a");
        checkRoundTrip(d, [&] { return bool(layeredits::addLayer(d, a, QStringLiteral("text"), {{QStringLiteral("text"), QStringLiteral("Hi")}}, m_kinds)); }, "add layer");
        checkRoundTrip(d, [&] { return bool(layeredits::duplicateLayers(d, a, {QStringLiteral("bg"), QStringLiteral("title")}, m_kinds)); }, "duplicate layers");
        checkRoundTrip(d, [&] { return bool(layeredits::removeLayers(d, a, {QStringLiteral("bg2"), QStringLiteral("text")})); }, "remove layers");
        checkRoundTrip(d, [&] { return bool(layeredits::renameLayer(d, a, QStringLiteral("title"), QStringLiteral("headline"))); }, "rename layer");
        checkRoundTrip(d, [&] { return bool(layeredits::setVisible(d, a, {QStringLiteral("bg")}, false)); }, "hide");
        checkRoundTrip(d, [&] { return bool(layeredits::setLocked(d, a, {QStringLiteral("bg")}, true)); }, "lock");
        checkRoundTrip(d, [&] { return bool(layeredits::setOpacity(d, a, QStringLiteral("bg"), 0.5)); }, "opacity");
        checkRoundTrip(d, [&] { return bool(layeredits::setProperty(d, a, QStringLiteral("bg"), QStringLiteral("color"), QStringLiteral("#00ff00"), m_kinds)); }, "property");
        checkRoundTrip(d, [&] { return bool(layeredits::setGeometry(d, a, {QStringLiteral("bg")}, {QRectF(5, 6, 7, 8)}, QStringLiteral("Move"))); }, "geometry");
        checkRoundTrip(d, [&] { return bool(layeredits::raise(d, a, {QStringLiteral("bg")}, 1)); }, "bring forward");
        checkRoundTrip(d, [&] { return bool(layeredits::reorder(d, a, layeredits::paintOrder(d, a).mid(1) << layeredits::paintOrder(d, a).first())); }, "reorder");
        // Back to the very start.
        while (d.undoStack().canUndo())
            d.undoStack().undo();
        QCOMPARE(json(d), collectionToJson(start()));
    }

    void refusalsChangeNothing()
    {
        SceneDocument d(start());
        const QByteArray before = json(d);
        QVERIFY(!sceneedits::renameScene(d, QStringLiteral("a"), QStringLiteral("Live")));  // taken
        QVERIFY(!sceneedits::renameScene(d, QStringLiteral("a"), QStringLiteral("  ")));
        QVERIFY(!sceneedits::removeScene(d, QStringLiteral("zz")));
        QVERIFY(!layeredits::renameLayer(d, QStringLiteral("a"), QStringLiteral("title"), QStringLiteral("bg")));
        QVERIFY(!layeredits::setProperty(d, QStringLiteral("a"), QStringLiteral("bg"), QStringLiteral("color"), QStringLiteral("not a colour"), m_kinds));
        QVERIFY(!layeredits::setProperty(d, QStringLiteral("a"), QStringLiteral("bg"), QStringLiteral("nope"), 1, m_kinds));
        QVERIFY(!layeredits::setOpacity(d, QStringLiteral("a"), QStringLiteral("bg"), 2));
        QVERIFY(!layeredits::setGeometry(d, QStringLiteral("a"), {QStringLiteral("bg")}, {QRectF(0, 0, -5, 5)}, QStringLiteral("x")));
        QVERIFY(!layeredits::addLayer(d, QStringLiteral("a"), QStringLiteral("nope"), {}, m_kinds));
        QVERIFY(!layeredits::reorder(d, QStringLiteral("a"), {QStringLiteral("bg")}));
        const auto error = layeredits::setProperty(d, QStringLiteral("a"), QStringLiteral("bg"), QStringLiteral("color"), QStringLiteral("nah"), m_kinds);
        QVERIFY2(error.error().detail.contains(QStringLiteral("color")), qPrintable(error.error().detail));
        QCOMPARE(json(d), before);
        QCOMPARE(d.undoStack().count(), 0);
        SceneDocument one(SceneCollection::fromScene(start().renderable(0)));
        QVERIFY(!sceneedits::removeScene(one, QStringLiteral("scene")));  // a collection keeps one scene
    }

    void aMediaLayerNamesOneFileInTheWholeCollection()
    {
        QTemporaryDir dir;
        for (const char *name : {"a.mp4", "b.mp4"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        LayerFactory kinds = LayerFactory::withBuiltInKinds();
        media::MediaLayer::registerKind(kinds, nullptr);
        SceneDocument d(start());
        const QJsonObject a{{QStringLiteral("source"), dir.filePath(QStringLiteral("a.mp4"))}};
        const QJsonObject b{{QStringLiteral("source"), dir.filePath(QStringLiteral("b.mp4"))}};
        QCOMPARE(layeredits::addLayer(d, QStringLiteral("a"), QStringLiteral("media"), a, kinds).value(), QStringLiteral("media"));
        // Another file in another scene: another channel, another name.
        QCOMPARE(layeredits::addLayer(d, QStringLiteral("b"), QStringLiteral("media"), b, kinds).value(), QStringLiteral("media2"));
        // The same file in a third scene: the same channel, the same name.
        QCOMPARE(layeredits::addLayer(d, QStringLiteral("c"), QStringLiteral("media"), a, kinds).value(), QStringLiteral("media"));
        // Renaming or re-pointing into a clash is refused with the reason.
        const vida3::Status renamed = layeredits::renameLayer(d, QStringLiteral("b"), QStringLiteral("media2"), QStringLiteral("media"));
        QVERIFY(!renamed);
        QVERIFY2(renamed.error().detail.contains(QStringLiteral("another file")), qPrintable(renamed.error().detail));
        QVERIFY(!layeredits::setProperty(d, QStringLiteral("c"), QStringLiteral("media"), QStringLiteral("source"),
                                         b.value(QStringLiteral("source")), kinds));
        // What the editor made always opens again.
        auto reopened = parseSceneCollection(collectionToJson(d.collection()), QStringLiteral("x.json"), QString(), kinds);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().detail));
    }

    void aDragIsOneStep()
    {
        SceneDocument d(start());
        const QByteArray before = json(d);
        for (int i = 1; i <= 20; ++i)
            QVERIFY(layeredits::setGeometry(d, QStringLiteral("a"), {QStringLiteral("title")}, {QRectF(100 + i, 500 + i, 800, 80)},
                                            QStringLiteral("Move"), QStringLiteral("drag-1")));
        QCOMPARE(d.undoStack().count(), 1);
        QVERIFY(layeredits::setGeometry(d, QStringLiteral("a"), {QStringLiteral("title")}, {QRectF(0, 0, 800, 80)},
                                        QStringLiteral("Move"), QStringLiteral("drag-2")));
        QCOMPARE(d.undoStack().count(), 2);  // another gesture is another step
        d.undoStack().undo();
        d.undoStack().undo();
        QCOMPARE(json(d), before);
        // Dragged back to where it started: no step at all.
        QVERIFY(layeredits::setGeometry(d, QStringLiteral("a"), {QStringLiteral("title")}, {QRectF(1, 1, 800, 80)}, QStringLiteral("Move"), QStringLiteral("drag-3")));
        QVERIFY(layeredits::setGeometry(d, QStringLiteral("a"), {QStringLiteral("title")}, {QRectF(100, 500, 800, 80)}, QStringLiteral("Move"), QStringLiteral("drag-3")));
        QCOMPARE(d.undoStack().count(), 0);
        QCOMPARE(json(d), before);
    }

    void aThousandRandomEditsUndoToTheStartAndRedoToTheEnd()
    {
        SceneDocument d(start());
        QRandomGenerator random(20261202);
        std::map<int, QByteArray> states{{0, json(d)}};
        int applied = 0;
        auto pick = [&](const QStringList &list) { return list.isEmpty() ? QString() : list.at(random.bounded(int(list.size()))); };
        for (int i = 0; i < 1000; ++i) {
            const QStringList sceneIds = [&] { QStringList ids; for (const auto &s : d.collection().scenes) ids << s.id; return ids; }();
            const QString scene = pick(sceneIds);
            const QStringList layers = layeredits::paintOrder(d, scene);
            const QString layer = pick(layers);
            const int action = random.bounded(22);
            bool ok = true;
            switch (action) {
            case 0: ok = bool(sceneedits::addScene(d, QStringLiteral("S%1").arg(random.bounded(5)))); break;
            case 1: ok = bool(sceneedits::duplicateScene(d, scene)); break;
            case 2: ok = bool(sceneedits::renameScene(d, scene, QStringLiteral("N%1").arg(random.bounded(8)))); break;
            case 3: ok = bool(sceneedits::removeScene(d, scene)); break;
            case 4: ok = bool(sceneedits::moveScene(d, random.bounded(int(sceneIds.size())), random.bounded(int(sceneIds.size())))); break;
            case 5: ok = bool(sceneedits::setProgram(d, scene)); break;
            case 6: {
                Transition t;
                t.kind = Transition::Kind(random.bounded(3));
                t.durationMs = random.bounded(2000);
                ok = bool(sceneedits::setTransition(d, random.bounded(2) ? scene : QString(), t));
                break;
            }
            case 7: ok = bool(layeredits::addLayer(d, scene, QStringLiteral("color"), {{QStringLiteral("color"), QStringLiteral("#%1").arg(random.bounded(0xffffff), 6, 16, QLatin1Char('0'))}}, m_kinds, QRectF(random.bounded(1000), random.bounded(600), 100, 50))); break;
            case 8: ok = bool(layeredits::addLayer(d, scene, QStringLiteral("text"), {{QStringLiteral("text"), QStringLiteral("T%1").arg(i)}}, m_kinds)); break;
            case 9: ok = bool(layeredits::removeLayers(d, scene, layers.mid(0, random.bounded(1, 3)))); break;
            case 10: ok = bool(layeredits::duplicateLayers(d, scene, {layer}, m_kinds)); break;
            case 11: ok = bool(layeredits::renameLayer(d, scene, layer, QStringLiteral("L%1").arg(random.bounded(6)))); break;
            case 12: ok = bool(layeredits::setVisible(d, scene, {layer}, random.bounded(2))); break;
            case 13: ok = bool(layeredits::setLocked(d, scene, {layer}, random.bounded(2))); break;
            case 14: ok = bool(layeredits::setOpacity(d, scene, layer, random.bounded(101) / 100.0, random.bounded(2) ? QStringLiteral("opacity") : QString())); break;
            case 15: ok = bool(layeredits::setGeometry(d, scene, {layer}, {QRectF(random.bounded(1280), random.bounded(720), random.bounded(1, 500), random.bounded(1, 500))}, QStringLiteral("Move"), QStringLiteral("drag-%1").arg(random.bounded(3)))); break;
            case 16: {
                QStringList order = layers;
                for (qsizetype k = order.size() - 1; k > 0; --k)
                    order.swapItemsAt(k, random.bounded(int(k + 1)));
                ok = bool(layeredits::reorder(d, scene, order));
                break;
            }
            case 17: ok = bool(layeredits::raise(d, scene, {layer}, random.bounded(2) ? 1 : -100)); break;
            case 18: ok = bool(layeredits::setProperty(d, scene, layer, QStringLiteral("text"), QStringLiteral("x%1").arg(i), m_kinds, QStringLiteral("typing"))); break;
            case 19: ok = bool(layeredits::pasteLayers(d, pick(sceneIds), d.scene(d.sceneIndex(scene)).scene.layers.mid(0, 2), m_kinds)); break;
            case 20: d.undoStack().undo(); break;
            case 21: d.undoStack().redo(); break;
            }
            const int index = d.undoStack().index();
            if (action < 20 && ok)
                ++applied;
            if (action < 20 || !states.count(index)) {
                // Whatever lies past the current step was discarded by this push.
                states.erase(states.upper_bound(index), states.end());
                states[index] = json(d);
            }
            QCOMPARE(json(d), states.at(index));
        }
        const int end = d.undoStack().index();
        const QByteArray final = json(d);
        qInfo("%d edits applied (others refused), %d undo steps at the end, %d scenes", applied, end, int(d.sceneCount()));
        QVERIFY(applied > 600);
        QVERIFY(end > 200);
        for (int index = end; index > 0; --index) {
            d.undoStack().undo();
            QCOMPARE(json(d), states.at(index - 1));
        }
        QCOMPARE(json(d), collectionToJson(start()));
        while (d.undoStack().canRedo())
            d.undoStack().redo();
        QCOMPARE(json(d), final);
        // What the document holds is always a valid collection.
        auto reparsed = parseSceneCollection(final, QStringLiteral("final.json"));
        QVERIFY2(reparsed, reparsed ? "" : qPrintable(reparsed.error().detail));
        QCOMPARE(collectionToJson(*reparsed), final);
    }
};

QTEST_MAIN(TestSceneDocument)

#include "tst_scenedocument.moc"
