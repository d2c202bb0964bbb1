// SPDX-License-Identifier: GPL-2.0-or-later
// Scene collections (format 2): what opens, what is refused with which words, that a version-1
// scene opens as one scene, that writing and reading again gives the same bytes, and that the
// templates a creator starts from are valid and render.
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/collectionwriter.h"
#include "studio/scene/scenerenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vida3::studio;

namespace {
const QString kSource = QStringLiteral("show.json");

QByteArray twoScenes(const QByteArray &extraRoot = {}, const QByteArray &secondScene = {})
{
    return R"({"version":2,"canvas":{"width":1920,"height":1080},)" + extraRoot + R"(
      "scenes":[{"id":"a","name":"Starting soon","layers":[{"id":"bg","kind":"color","color":"#102030"}]},
                {"id":"b","name":"Live",)" + secondScene + R"("layers":[{"id":"bg","kind":"vida3"},
                   {"id":"t","kind":"text","text":"Hi","x":10,"y":20,"width":300,"height":40}]}]})";
}

QImage firstFrame(const Scene &scene, QSize size)
{
    SceneRenderer renderer(scene, size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(painter, FrameTime{});
    return image;
}

LayerFactory withMedia()
{
    LayerFactory factory = LayerFactory::withBuiltInKinds();
    media::MediaLayer::registerKind(factory, nullptr);
    media::registerCaptureKinds(factory, 30);
    return factory;
}
}  // namespace

class TestSceneCollection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_media;

private Q_SLOTS:
    void opensScenesInOrderWithTheirNames()
    {
        const auto c = parseSceneCollection(twoScenes(), kSource);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->names(), (QStringList{QStringLiteral("Starting soon"), QStringLiteral("Live")}));
        QCOMPARE(c->canvasSize, QSize(1920, 1080));
        QCOMPARE(c->programId, QStringLiteral("a"));  // no "program": the first scene
        QCOMPARE(c->programIndex(), 0);
        QCOMPARE(c->transition, Transition{});       // fade 300 ms, OBS's default
        QCOMPARE(c->indexOf(QStringLiteral("Live")), 1);
        QCOMPARE(c->indexOf(QStringLiteral("b")), 1);  // an id works where a name is asked
        QCOMPARE(c->indexOf(QStringLiteral("live")), -1);
        const Scene live = c->renderable(1);
        QCOMPARE(live.canvasSize, QSize(1920, 1080));
        QCOMPARE(live.layers.size(), 2);
        QCOMPARE(live.layers.at(1).geometryPx, QRectF(10, 20, 300, 40));
        QVERIFY(c->warnings.isEmpty());
    }

    void programAndTransitions()
    {
        const auto c = parseSceneCollection(
            twoScenes(R"("program":"b","transition":{"kind":"slide","duration_ms":700},)",
                      R"("transition":{"kind":"cut"},)"),
            kSource);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->programIndex(), 1);
        QCOMPARE(c->transition.toString(), QStringLiteral("slide:700"));
        QCOMPARE(c->transitionTo(0).toString(), QStringLiteral("slide:700"));  // the default
        QCOMPARE(c->transitionTo(1).toString(), QStringLiteral("cut"));        // the scene's own
    }

    void aVersion1SceneOpensAsOneScene()
    {
        const auto c = parseSceneCollection(
            R"({"version":1,"canvas":{"width":640,"height":360},"layers":[{"id":"v","kind":"vida3"}],"mine":1})",
            kSource);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->scenes.size(), 1);
        QCOMPARE(c->scenes.first().name, QStringLiteral("Scene"));
        QCOMPARE(c->canvasSize, QSize(640, 360));
        QCOMPARE(c->renderable(0).layers.first().kind, QStringLiteral("vida3"));
        QCOMPARE(c->warnings.size(), 1);  // "mine" is kept and said
        // Written back, it is a version-2 collection keeping the unknown field with its scene.
        const auto again = parseSceneCollection(collectionToJson(*c), kSource);
        QVERIFY2(again, again ? "" : qPrintable(again.error().detail));
        QCOMPARE(again->scenes.first().scene.unknownFields.value(QStringLiteral("mine")).toInt(), 1);
    }

    void refusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no scenes") << QByteArray(R"({"version":2,"scenes":[]})")
                                   << QStringLiteral("show.json: scenes: must be an array of at least one scene");
        QTest::newRow("scene not object") << QByteArray(R"({"version":2,"scenes":[3]})")
                                          << QStringLiteral("show.json: scenes[0]: must be an object");
        QTest::newRow("no name") << QByteArray(R"({"version":2,"scenes":[{"id":"a","layers":[]}]})")
                                 << QStringLiteral("show.json: scenes[0].name: missing required field");
        QTest::newRow("blank name") << QByteArray(R"({"version":2,"scenes":[{"id":"a","name":"  ","layers":[]}]})")
                                    << QStringLiteral("show.json: scenes[0].name: must be 1–128 characters");
        QTest::newRow("duplicate name")
            << QByteArray(R"({"version":2,"scenes":[{"id":"a","name":"X","layers":[]},{"id":"b","name":"X","layers":[]}]})")
            << QStringLiteral("show.json: scenes[1].name: duplicate name \"X\"");
        QTest::newRow("duplicate id")
            << QByteArray(R"({"version":2,"scenes":[{"id":"a","name":"X","layers":[]},{"id":"a","name":"Y","layers":[]}]})")
            << QStringLiteral("show.json: scenes[1].id: duplicate id \"a\"");
        QTest::newRow("bad layer path")
            << QByteArray(R"({"version":2,"scenes":[{"id":"a","name":"X","layers":[]},{"id":"b","name":"Y","layers":[{"id":"l","kind":"nope"}]}]})")
            << QStringLiteral("show.json: scenes[1].layers[0].kind: unknown kind \"nope\"");
        QTest::newRow("program unknown")
            << QByteArray(R"({"version":2,"program":"zz","scenes":[{"id":"a","name":"X","layers":[]}]})")
            << QStringLiteral("show.json: program: no scene has the id \"zz\"");
        QTest::newRow("transition kind")
            << QByteArray(R"({"version":2,"transition":{"kind":"wipe"},"scenes":[{"id":"a","name":"X","layers":[]}]})")
            << QStringLiteral("show.json: transition.kind: must be one of");
        QTest::newRow("transition too long")
            << QByteArray(R"({"version":2,"scenes":[{"id":"a","name":"X","transition":{"duration_ms":90000},"layers":[]}]})")
            << QStringLiteral("show.json: scenes[0].transition.duration_ms: must be an integer between 0 and 20000");
        QTest::newRow("one media id, two files")
            << QByteArray(R"({"version":2,"scenes":[{"id":"a","name":"X","layers":[{"id":"m","kind":"media","source":"a.mp4"}]},
                              {"id":"b","name":"Y","layers":[{"id":"m","kind":"media","source":"b.mp4"}]}]})")
            << QStringLiteral("show.json: scenes[1].layers[0]: media layer \"m\" plays another file");
    }

    void initTestCase()
    {
        QVERIFY(m_media.isValid());
        for (const char *name : {"a.mp4", "b.mp4"}) {
            QFile file(m_media.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));  // only their existence is checked here
        }
    }

    void refusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto c = parseSceneCollection(json, kSource, m_media.path(), withMedia());
        QVERIFY(!c);
        QVERIFY2(c.error().detail.startsWith(expected), qPrintable(c.error().detail));
    }

    void theSameMediaInTwoScenesIsOneChannel()
    {
        const auto c = parseSceneCollection(
            R"({"version":2,"scenes":[{"id":"a","name":"X","layers":[{"id":"m","kind":"media","source":"a.mp4","visible":false}]},
                {"id":"b","name":"Y","layers":[{"id":"m","kind":"media","source":"a.mp4","x":5}]}]})",
            kSource, m_media.path(), withMedia());
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        const Scene all = c->allLayers();
        QCOMPARE(all.layers.size(), 1);
        QVERIFY(all.layers.first().visible);  // the occurrence that is shown is the one opened
    }

    void writingIsAFixedPoint()
    {
        const auto c = parseSceneCollection(
            twoScenes(R"("program":"b","future":{"x":1},)", R"("transition":{"kind":"fade","duration_ms":900},"note":"n",)"),
            kSource);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        const QByteArray first = collectionToJson(*c);
        const auto again = parseSceneCollection(first, kSource);
        QVERIFY2(again, again ? "" : qPrintable(again.error().detail));
        QCOMPARE(collectionToJson(*again), first);
        QCOMPARE(again->programId, QStringLiteral("b"));
        QCOMPARE(again->transitionTo(1).toString(), QStringLiteral("fade:900"));
        QCOMPARE(again->unknownFields.value(QStringLiteral("future")).toObject().value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(again->scenes.at(1).scene.layers.at(1).properties.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi"));
    }

    void freeNamesAndIds()
    {
        const auto c = parseSceneCollection(twoScenes(), kSource);
        QVERIFY(c);
        QCOMPARE(c->freeName(QStringLiteral("Live")), QStringLiteral("Live 2"));
        QCOMPARE(c->freeName(QStringLiteral("Outro")), QStringLiteral("Outro"));
        QCOMPARE(c->freeId(QStringLiteral("a")), QStringLiteral("a-2"));
    }

    void transitionsFromTheCommandLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");  // toString(), or the start of the error
        QTest::newRow("cut") << "cut" << "cut";
        QTest::newRow("cut ms") << "cut:500" << "cut";
        QTest::newRow("fade") << "fade" << "fade:300";
        QTest::newRow("fade ms") << "fade:1000" << "fade:1000";
        QTest::newRow("slide") << "SLIDE:250" << "slide:250";
        QTest::newRow("zero") << "fade:0" << "fade:0";
        QTest::newRow("unknown") << "wipe" << "transition \"wipe\": unknown kind";
        QTest::newRow("negative") << "fade:-1" << "transition \"fade:-1\": duration must be 0–20000 ms";
        QTest::newRow("words") << "fade:soon" << "transition \"fade:soon\": duration";
        QTest::newRow("too long") << "fade:20001" << "transition \"fade:20001\": duration";
    }

    void transitionsFromTheCommandLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto t = parseTransition(text);
        const QString got = t ? t->toString() : t.error().detail;
        QVERIFY2(got.startsWith(expected), qPrintable(got));
    }

    void aRotatedLayerRendersTurnedAndRoundTrips()
    {
        const auto c = parseSceneCollection(
            R"({"version":2,"canvas":{"width":400,"height":400},"scenes":[{"id":"a","name":"A","layers":[
               {"id":"bar","kind":"color","color":"#ff0000","x":100,"y":190,"width":200,"height":20,"rotation":90}]}]})",
            kSource);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->scenes.first().scene.layers.first().rotation, 90.0);
        QVERIFY(collectionToJson(*c).contains("\"rotation\": 90"));
        const QImage image = firstFrame(c->renderable(0), QSize(400, 400));
        QCOMPARE(QColor(image.pixel(200, 120)), QColor(255, 0, 0));  // the bar stands upright
        QCOMPARE(QColor(image.pixel(120, 200)), QColor(0, 0, 0));
        QVERIFY(!parseSceneCollection(R"({"version":2,"scenes":[{"id":"a","name":"A","layers":[{"id":"x","kind":"vida3","rotation":400}]}]})", kSource));
    }

    void aCroppedLayerShowsOnlyWhatIsLeft()
    {
        const auto c = parseSceneCollection(
            R"({"version":2,"canvas":{"width":400,"height":400},"scenes":[{"id":"a","name":"A","layers":[
               {"id":"box","kind":"color","color":"#00ff00","x":100,"y":100,"width":200,"height":200,"trim":{"left":50,"bottom":100}}]}]})",
            kSource);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->scenes.first().scene.layers.first().trim, QMarginsF(50, 0, 0, 100));
        QVERIFY(collectionToJson(*c).contains("\"trim\""));
        const QImage image = firstFrame(c->renderable(0), QSize(400, 400));
        QCOMPARE(QColor(image.pixel(120, 120)), QColor(0, 0, 0));   // cropped off the left
        QCOMPARE(QColor(image.pixel(200, 120)), QColor(0, 255, 0));
        QCOMPARE(QColor(image.pixel(200, 250)), QColor(0, 0, 0));   // cropped off the bottom
        const auto none = parseSceneCollection(
            R"({"version":2,"scenes":[{"id":"a","name":"A","layers":[{"id":"x","kind":"vida3","width":100,"trim":{"left":60,"right":40}}]}]})",
            kSource);
        QVERIFY(!none);
        QVERIFY2(none.error().detail.contains(QStringLiteral("leaves nothing")), qPrintable(none.error().detail));
    }

    void templatesAreValidAndRender()
    {
        const LayerFactory factory = withMedia();
        const auto templates = sceneTemplates(factory);
        QVERIFY2(templates, templates ? "" : qPrintable(templates.error().detail));
        QCOMPARE(templates->names(), (QStringList{QStringLiteral("Starting soon"), QStringLiteral("Live with camera"),
                                                  QStringLiteral("Be right back")}));
        QVERIFY2(templates->warnings.isEmpty(), qPrintable(templates->warnings.join(u'\n')));
        // The ones without a camera render here; something is on the canvas, not just black.
        for (const qsizetype i : {0, 2}) {
            SceneRenderer renderer(templates->renderable(i), QSize(320, 180), factory);
            QImage image(320, 180, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            renderer.render(painter, FrameTime::fromIndex(0, 30));
            painter.end();
            QSet<QRgb> colours;
            for (int y = 0; y < 180; y += 9) {
                for (int x = 0; x < 320; x += 8)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 8, qPrintable(templates->scenes.at(i).name));
        }
    }
};

QTEST_MAIN(TestSceneCollection)

#include "tst_scenecollection.moc"
