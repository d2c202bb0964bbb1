// SPDX-License-Identifier: GPL-2.0-or-later
// Moving a show to another machine: a collection exported as one bundle on one path and
// imported elsewhere shows every image and finds every media file (byte for byte the same);
// a file that is missing is named and nothing is written; a bundle whose entries would land
// outside its folder, or that is not a bundle, is refused.
#include "studio/media/medialayer.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/document/collectionbundle.h"
#include "studio/scene/scenerenderer.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace vida3::studio;

namespace {
LayerFactory kinds()
{
    LayerFactory factory = LayerFactory::withBuiltInKinds();
    media::MediaLayer::registerKind(factory, nullptr);
    return factory;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestCollectionBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedHereOpensThereWithEveryFile()
    {
        QTemporaryDir here;
        QTemporaryDir there;
        QVERIFY(QDir(here.path()).mkpath(QStringLiteral("pics")));
        QImage logo(64, 64, QImage::Format_RGB32);
        logo.fill(QColor(0, 200, 0));
        QVERIFY(logo.save(here.filePath(QStringLiteral("pics/logo.png"))));
        QFile clip(here.filePath(QStringLiteral("clip.mkv")));
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write(QByteArray(5000, 'v'));  // only carried, never played here
        clip.close();
        const QString showPath = here.filePath(QStringLiteral("show.json"));
        QFile show(showPath);
        QVERIFY(show.open(QIODevice::WriteOnly));
        show.write(QStringLiteral(R"({"version":2,"canvas":{"width":320,"height":180},"scenes":[
          {"id":"a","name":"A","layers":[{"id":"logo","kind":"image","source":"pics/logo.png","fit":"stretch"}]},
          {"id":"b","name":"B","layers":[{"id":"logo","kind":"image","source":"pics/logo.png"},
                                         {"id":"clip","kind":"media","source":"%1"}]}]})")
                       .arg(here.filePath(QStringLiteral("clip.mkv")))
                       .toUtf8());
        show.close();
        auto collection = loadSceneCollectionFile(showPath, kinds());
        QVERIFY2(collection, collection ? "" : qPrintable(collection.error().detail));

        const QString bundlePath = there.filePath(QStringLiteral("show.vida3scenes"));
        QVERIFY2(bundle::exportBundle(*collection, bundlePath), "export failed");
        // The original files go away: the bundle alone must carry the show.
        QVERIFY(QFile::remove(here.filePath(QStringLiteral("pics/logo.png"))));
        QVERIFY(QFile::remove(here.filePath(QStringLiteral("clip.mkv"))));

        const QString folder = there.filePath(QStringLiteral("imported"));
        auto imported = bundle::importBundle(bundlePath, folder, kinds());
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().detail));
        QCOMPARE(imported->names(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        const QString logoSource = imported->scenes.at(0).scene.layers.at(0).properties.value(QStringLiteral("source")).toString();
        const QString clipSource = imported->scenes.at(1).scene.layers.at(1).properties.value(QStringLiteral("source")).toString();
        QVERIFY2(logoSource.startsWith(QFileInfo(folder).absoluteFilePath()), qPrintable(logoSource));
        QCOMPARE(imported->scenes.at(1).scene.layers.at(0).properties.value(QStringLiteral("source")).toString(), logoSource);  // one copy
        QCOMPARE(readAll(clipSource), QByteArray(5000, 'v'));
        // The image shows.
        SceneRenderer renderer(imported->renderable(0), QSize(320, 180), kinds());
        QImage frame(320, 180, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&frame);
        renderer.render(painter, FrameTime{});
        painter.end();
        QCOMPARE(QColor(frame.pixel(160, 90)), QColor(0, 200, 0));
    }

    void aMissingFileIsNamedAndNothingWritten()
    {
        QTemporaryDir dir;
        // A file that went away after the collection was opened.
        SceneCollection handmade;
        CollectionScene scene;
        scene.id = QStringLiteral("a");
        scene.name = QStringLiteral("A");
        LayerDescription layer;
        layer.id = QStringLiteral("clip");
        layer.kind = QStringLiteral("media");
        layer.properties.insert(QStringLiteral("source"), dir.filePath(QStringLiteral("gone.mkv")));
        scene.scene.layers.append(layer);
        handmade.scenes.append(scene);
        const QString out = dir.filePath(QStringLiteral("out.vida3scenes"));
        const vida3::Status exported = bundle::exportBundle(handmade, out);
        QVERIFY(!exported);
        QVERIFY2(exported.error().detail.contains(QStringLiteral("gone.mkv")), qPrintable(exported.error().detail));
        QVERIFY(!QFile::exists(out));
    }

    void hostileOrForeignBundlesAreRefused()
    {
        QTemporaryDir dir;
        const QString evil = dir.filePath(QStringLiteral("evil.zip"));
        int code = 0;
        zip_t *archive = zip_open(QFile::encodeName(evil).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        QVERIFY(archive);
        static const char payload[] = "owned";
        zip_file_add(archive, "../escape.txt", zip_source_buffer(archive, payload, 5, 0), 0);
        QCOMPARE(zip_close(archive), 0);
        auto refused = bundle::importBundle(evil, dir.filePath(QStringLiteral("in")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("outside")), qPrintable(refused.error().detail));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.txt"))));

        const QString notZip = dir.filePath(QStringLiteral("show.json"));
        QFile f(notZip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
        f.close();
        QVERIFY(!bundle::importBundle(notZip, dir.filePath(QStringLiteral("in2"))));
    }
};

QTEST_MAIN(TestCollectionBundle)

#include "tst_collectionbundle.moc"
