// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/sceneparser.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vida3;
using namespace vida3::studio;

namespace {
const QString kSource = QStringLiteral("scene.json");
const QString kExamples = QStringLiteral(VIDA3_TEST_SOURCE_DIR "/resources/scenes/examples");

// Wraps layer objects into a version-1 document, to keep the tables short.
QByteArray withLayers(const char *layersJson)
{
    return QByteArray(R"({"version":1,"layers":[)") + layersJson + "]}";
}
} // namespace

class TestSceneParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void defaults();
    void unknownFieldsAreKeptAndReported();
    void examplesLoad_data();
    void examplesLoad();
    void builtInScene();
    void imagePathsResolveAgainstSceneFolder();
    void missingFileIsFileIo();
    void hostileInputNeverCrashes();
};

void TestSceneParser::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("layerCount");
    QTest::addColumn<int>("warningCount");

    QTest::newRow("empty layers") << QByteArray(R"({"version":1,"layers":[]})") << 0 << 0;
    QTest::newRow("vida3") << withLayers(R"({"id":"a","kind":"vida3"})") << 1 << 0;
    QTest::newRow("vida3 options")
        << withLayers(R"({"id":"a","kind":"vida3","seed":9,"particles":0,"wordmark":"","tagline":""})") << 1
        << 0;
    QTest::newRow("color") << withLayers(R"({"id":"a","kind":"color","color":"#112233"})") << 1 << 0;
    QTest::newRow("color name") << withLayers(R"({"id":"a","kind":"color","color":"white","opacity":0})") << 1
                                << 0;
    QTest::newRow("linear gradient")
        << withLayers(
               R"({"id":"a","kind":"color","gradient":{"type":"linear","angle":90,"stops":[[0,"#000"],[1,"#fff"]]}})")
        << 1 << 0;
    QTest::newRow("radial gradient")
        << withLayers(
               R"({"id":"a","kind":"color","gradient":{"type":"radial","stops":[[0,"#80ff0000"],[0.5,"red"],[1,"#fff"]]}})")
        << 1 << 0;
    QTest::newRow("text")
        << withLayers(
               R"({"id":"t","kind":"text","text":"Hi","font":"DejaVu Sans","size":30,"align":"right","bold":true})")
        << 1 << 0;
    QTest::newRow("clock") << withLayers(R"({"id":"t","kind":"text","clock":true})") << 1 << 0;
    QTest::newRow("canvas")
        << QByteArray(
               R"({"version":1,"canvas":{"width":1920,"height":1080},"layers":[{"id":"a","kind":"vida3","x":-10,"y":5.5,"width":100,"height":50,"z":-3,"visible":false}]})")
        << 1 << 0;
    QTest::newRow("unknown fields")
        << QByteArray(R"({"version":1,"author":"me","layers":[{"id":"a","kind":"vida3","shiny":true}]})") << 1
        << 2;
    QTest::newRow("kind field on other kind")
        << withLayers(R"({"id":"a","kind":"vida3","color":"#fff"})") << 1 << 1;
}

void TestSceneParser::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, layerCount);
    QFETCH(int, warningCount);
    const auto scene = parseScene(json, kSource);
    QVERIFY2(scene, scene ? "" : qPrintable(scene.error().detail));
    QCOMPARE(scene->layers.size(), layerCount);
    QCOMPARE(scene->warnings.size(), warningCount);
}

void TestSceneParser::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("syntax") << QByteArray("{\n \"version\": 1,\n \"layers\": [,]\n}")
                            << QStringLiteral("scene.json: line 3: JSON syntax error:");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("scene.json: line 1: JSON syntax error");
    QTest::newRow("array root") << QByteArray("[1]")
                                << QStringLiteral("scene.json: (document): must be a JSON object");
    QTest::newRow("no version") << QByteArray(R"({"layers":[]})")
                                << QStringLiteral("scene.json: version: missing required field");
    QTest::newRow("version 7") << QByteArray(R"({"version":7,"layers":[]})")
                               << QStringLiteral(
                                      "scene.json: version: unsupported version 7 (this build reads 1 and 2)");
    QTest::newRow("version string") << QByteArray(R"({"version":"1","layers":[]})")
                                    << QStringLiteral("scene.json: version: must be an integer");
    QTest::newRow("version fraction") << QByteArray(R"({"version":1.5,"layers":[]})")
                                      << QStringLiteral("scene.json: version: must be an integer");
    QTest::newRow("no layers") << QByteArray(R"({"version":1})")
                               << QStringLiteral("scene.json: layers: missing required field");
    QTest::newRow("layers object") << QByteArray(R"({"version":1,"layers":{}})")
                                   << QStringLiteral("scene.json: layers: must be an array");
    QTest::newRow("canvas type") << QByteArray(R"({"version":1,"canvas":[1],"layers":[]})")
                                 << QStringLiteral("scene.json: canvas: must be an object");
    QTest::newRow("canvas huge") << QByteArray(R"({"version":1,"canvas":{"width":1e300},"layers":[]})")
                                 << QStringLiteral(
                                        "scene.json: canvas.width: must be an integer between 16 and 16384");
    QTest::newRow("layer not object") << withLayers(R"({"id":"a","kind":"vida3"},3)")
                                      << QStringLiteral("scene.json: layers[1]: must be an object");
    QTest::newRow("missing id") << withLayers(R"({"kind":"vida3"})")
                                << QStringLiteral("scene.json: layers[0].id: missing required field");
    QTest::newRow("empty id") << withLayers(R"({"id":"","kind":"vida3"})")
                              << QStringLiteral("scene.json: layers[0].id: must not be empty");
    QTest::newRow("id number") << withLayers(R"({"id":5,"kind":"vida3"})")
                               << QStringLiteral("scene.json: layers[0].id: must be a string");
    QTest::newRow("duplicate id")
        << withLayers(
               R"({"id":"bg","kind":"vida3"},{"id":"title","kind":"vida3"},{"id":"title","kind":"vida3"})")
        << QStringLiteral("scene.json: layers[2].id: duplicate id \"title\"");
    QTest::newRow("missing kind") << withLayers(R"({"id":"a"})")
                                  << QStringLiteral("scene.json: layers[0].kind: missing required field");
    QTest::newRow("unknown kind")
        << withLayers(R"({"id":"a","kind":"hologram"})")
        << QStringLiteral(
               "scene.json: layers[0].kind: unknown kind \"hologram\" (known: color, image, text, vida3)");
    QTest::newRow("opacity 2")
        << withLayers(
               R"({"id":"a","kind":"vida3"},{"id":"b","kind":"vida3"},{"id":"c","kind":"vida3","opacity":2})")
        << QStringLiteral("scene.json: layers[2].opacity: must be a number between 0 and 1");
    QTest::newRow("opacity string") << withLayers(R"({"id":"a","kind":"vida3","opacity":"0.5"})")
                                    << QStringLiteral("layers[0].opacity: must be a number between 0 and 1");
    QTest::newRow("x huge") << withLayers(R"({"id":"a","kind":"vida3","x":1e308})")
                            << QStringLiteral("layers[0].x: must be a number between -100000 and 100000");
    QTest::newRow("width negative") << withLayers(R"({"id":"a","kind":"vida3","width":-1})")
                                    << QStringLiteral(
                                           "layers[0].width: must be a number between 0 and 100000");
    QTest::newRow("z fraction") << withLayers(R"({"id":"a","kind":"vida3","z":0.5})")
                                << QStringLiteral("layers[0].z: must be an integer");
    QTest::newRow("visible string") << withLayers(R"({"id":"a","kind":"vida3","visible":"yes"})")
                                    << QStringLiteral("layers[0].visible: must be true or false");
    QTest::newRow("color missing") << withLayers(R"({"id":"a","kind":"color"})")
                                   << QStringLiteral("layers[0].color: give exactly one of");
    QTest::newRow("color bad") << withLayers(R"({"id":"a","kind":"color","color":"#12"})")
                               << QStringLiteral("layers[0].color: must be a colour");
    QTest::newRow("color number") << withLayers(R"({"id":"a","kind":"color","color":7})")
                                  << QStringLiteral("layers[0].color: must be a colour");
    QTest::newRow("gradient type")
        << withLayers(
               R"({"id":"a","kind":"color","gradient":{"type":"conic","stops":[[0,"red"],[1,"blue"]]}})")
        << QStringLiteral("layers[0].gradient.type: must be");
    QTest::newRow("gradient one stop")
        << withLayers(R"({"id":"a","kind":"color","gradient":{"stops":[[0,"red"]]}})")
        << QStringLiteral("layers[0].gradient.stops: must be an array");
    QTest::newRow("gradient bad stop")
        << withLayers(R"({"id":"a","kind":"color","gradient":{"stops":[[0,"red"],[2,"blue"]]}})")
        << QStringLiteral("layers[0].gradient.stops[1]: must be [position 0..1");
    QTest::newRow("text missing") << withLayers(R"({"id":"a","kind":"text"})")
                                  << QStringLiteral("layers[0].text: missing required field");
    QTest::newRow("text size") << withLayers(R"({"id":"a","kind":"text","text":"x","size":0})")
                               << QStringLiteral("layers[0].size: must be a number between 1 and 2000");
    QTest::newRow("text align") << withLayers(R"({"id":"a","kind":"text","text":"x","align":"middle"})")
                                << QStringLiteral("layers[0].align: must be one of left, center, right");
    QTest::newRow("image missing source") << withLayers(R"({"id":"a","kind":"image"})")
                                          << QStringLiteral("layers[0].source: missing required field");
    QTest::newRow("image not found") << withLayers(R"({"id":"a","kind":"image","source":"nope.png"})")
                                     << QStringLiteral("layers[0].source: image file not found: nope.png");
    QTest::newRow("resource image missing")
        << withLayers(R"({"id":"a","kind":"image","source":":/vida3/scenes/missing.png"})")
        << QStringLiteral("layers[0].source: image file not found: :/vida3/scenes/missing.png");
    QTest::newRow("resource not an image")
        << withLayers(R"({"id":"a","kind":"image","source":":/vida3/scenes/default.json"})")
        << QStringLiteral("layers[0].source: not a PNG, JPEG or SVG image");
    QTest::newRow("image fit") << withLayers(R"({"id":"a","kind":"image","source":"x.png","fit":"zoom"})")
                               << QStringLiteral("layers[0].fit: must be one of contain, cover, stretch");
    QTest::newRow("particles") << withLayers(R"({"id":"a","kind":"vida3","particles":1e9})")
                               << QStringLiteral(
                                      "layers[0].particles: must be an integer between 0 and 2000");
}

void TestSceneParser::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto scene = parseScene(json, kSource);
    QVERIFY(!scene);
    QCOMPARE(scene.error().code, ErrorCode::InvalidScene);
    QVERIFY2(scene.error().detail.contains(expected), qPrintable(scene.error().detail));
}

void TestSceneParser::defaults()
{
    const auto scene = parseScene(
        withLayers(R"({"id":"a","kind":"vida3"},{"id":"b","kind":"color","color":"red","z":-4})"), kSource);
    QVERIFY(scene);
    QCOMPARE(scene->canvasSize, QSize(1280, 720));
    QCOMPARE(scene->layers.at(0).geometryPx, QRectF(0, 0, 1280, 720));
    QCOMPARE(scene->layers.at(0).opacity, 1.0);
    QCOMPARE(scene->layers.at(0).visible, true);
    QCOMPARE(scene->layers.at(0).z, 0);
    QCOMPARE(scene->layers.at(1).z, -4);
    QCOMPARE(scene->layers.at(1).properties.value(QStringLiteral("color")).toString(), QStringLiteral("red"));
}

void TestSceneParser::unknownFieldsAreKeptAndReported()
{
    const auto scene = parseScene(
        R"({"version":1,"meta":{"by":"me"},"layers":[{"id":"a","kind":"vida3","glitter":[1,2]}]})", kSource);
    QVERIFY(scene);
    QCOMPARE(
        scene->unknownFields.value(QStringLiteral("meta")).toObject().value(QStringLiteral("by")).toString(),
        QStringLiteral("me"));
    QCOMPARE(scene->layers.at(0).unknownFields.value(QStringLiteral("glitter")).toArray().size(), 2);
    QVERIFY(scene->warnings.contains(
        QStringLiteral("scene.json: layers[0].glitter: unknown field (kept, ignored)")));
    QVERIFY(scene->warnings.contains(QStringLiteral("scene.json: meta: unknown field (kept, ignored)")));
}

void TestSceneParser::examplesLoad_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(kExamples).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(kExamples).filePath(f);
    QTest::newRow("default.json") << QStringLiteral(VIDA3_TEST_SOURCE_DIR "/resources/scenes/default.json");
}

void TestSceneParser::examplesLoad()
{
    QFETCH(QString, path);
    const auto scene = loadSceneFile(path);
    QVERIFY2(scene, scene ? "" : qPrintable(scene.error().detail));
    QVERIFY(!scene->layers.isEmpty());
    QVERIFY2(scene->warnings.isEmpty(), qPrintable(scene->warnings.join(u'\n')));
}

void TestSceneParser::builtInScene()
{
    const Scene scene = studio::builtInScene();
    QCOMPARE(scene.sourceName, QStringLiteral(":/vida3/scenes/default.json"));
    QVERIFY(!scene.layers.isEmpty());
    QCOMPARE(scene.layers.at(0).kind, QStringLiteral("vida3"));
    // The scene shows while nothing is live (preview, recordings): no layer may claim "LIVE".
    const QByteArray json = [] {
        QFile file(QStringLiteral(":/vida3/scenes/default.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!json.isEmpty());
    QVERIFY2(!json.contains("\"LIVE\"") && !json.contains("\"live-"), "the built-in scene claims to be live");
}

void TestSceneParser::imagePathsResolveAgainstSceneFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("img")));
    QVERIFY(QFile::copy(kExamples + QStringLiteral("/vida3-badge.png"),
                        dir.filePath(QStringLiteral("img/badge.png"))));
    const auto write = [&](const QByteArray &json) {
        QFile f(dir.filePath(QStringLiteral("scene.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    };
    write(withLayers(R"({"id":"a","kind":"image","source":"img/badge.png"})"));
    auto ok = loadSceneFile(dir.filePath(QStringLiteral("scene.json")));
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().detail));

    write(withLayers(R"({"id":"a","kind":"image","source":"img/missing.png"})"));
    auto missing = loadSceneFile(dir.filePath(QStringLiteral("scene.json")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().detail.contains(QStringLiteral("layers[0].source: image file not found: ") +
                                             dir.filePath(QStringLiteral("img/missing.png"))),
             qPrintable(missing.error().detail));
}

void TestSceneParser::missingFileIsFileIo()
{
    const auto scene = loadSceneFile(QStringLiteral("/nonexistent/scene.json"));
    QVERIFY(!scene);
    QCOMPARE(scene.error().code, ErrorCode::FileIo);
    QVERIFY(scene.error().detail.startsWith(QStringLiteral("/nonexistent/scene.json: ")));
}

void TestSceneParser::hostileInputNeverCrashes()
{
    // Deep nesting, huge and odd numbers, wrong types: each must end in a value or an error.
    QList<QByteArray> inputs = {
        QByteArray(100000, '['),
        QByteArray(100000, '{'),
        QByteArray(R"({"version":1,"layers":[)") + QByteArray(5000, '[') + QByteArray(5000, ']') + "]}",
        R"({"version":1e999,"layers":[]})",
        R"({"version":-0,"layers":[]})",
        R"({"version":NaN})",
        withLayers(R"({"id":"a","kind":"vida3","x":-1e999,"opacity":null,"z":1e18})"),
        withLayers(R"({"id":"a","kind":"color","gradient":{"stops":[[],[null,null],{}]}})"),
        withLayers(R"({"id":"a","kind":"color","gradient":{"stops":"red"}})"),
        withLayers(R"({"id":"a","kind":"text","text":["x"]})"),
        QByteArray(R"({"version":1,"layers":[)") +
            QByteArray(300, ' ').replace(' ', "{\"kind\":\"vida3\"},") + "{}]}",
        QByteArray("\xff\xfe\x00garbage", 10),
    };
    // Mutations of a valid document: flip, drop and duplicate bytes at seeded positions.
    QFile file(QStringLiteral(VIDA3_TEST_SOURCE_DIR "/resources/scenes/default.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray base = file.readAll();
    QRandomGenerator rng(42);
    for (int i = 0; i < 3000; ++i) {
        QByteArray m = base;
        for (int k = 0; k < 1 + i % 4; ++k) {
            const qsizetype pos = rng.bounded(static_cast<int>(m.size()));
            switch (rng.bounded(3)) {
            case 0:
                m[pos] = static_cast<char>(rng.bounded(256));
                break;
            case 1:
                m.remove(pos, 1);
                break;
            default:
                m.insert(pos, m.mid(pos, 8));
                break;
            }
        }
        inputs.append(m);
    }
    int accepted = 0;
    for (const QByteArray &input : std::as_const(inputs)) {
        const auto scene = parseScene(input, kSource);
        if (scene)
            ++accepted;
        else
            QVERIFY(scene.error().detail.startsWith(kSource + u": "));
    }
    qInfo("hostile inputs: %lld, accepted: %d", static_cast<long long>(inputs.size()), accepted);
}

QTEST_MAIN(TestSceneParser)
#include "tst_sceneparser.moc"
