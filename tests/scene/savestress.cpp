// SPDX-License-Identifier: GPL-2.0-or-later
// Helper for tst_autosavekill: edits a large collection and saves it to argv[1] as fast as it
// can, forever, printing "saved N" after each save; the test kills it at random moments.
#include "studio/scene/document/collectionsaver.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/scenecollection.h"

#include <QGuiApplication>

#include <cstdio>

using namespace vida3::studio;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    SceneCollection collection;
    for (int s = 0; s < 60; ++s) {
        CollectionScene scene;
        scene.id = QStringLiteral("s%1").arg(s);
        scene.name = QStringLiteral("Scene %1").arg(s);
        for (int l = 0; l < 60; ++l) {
            LayerDescription layer;
            layer.id = QStringLiteral("l%1").arg(l);
            layer.kind = QStringLiteral("text");
            layer.z = l;
            layer.geometryPx = QRectF(l, l, 100, 40);
            layer.properties.insert(QStringLiteral("text"), QStringLiteral("text %1 of scene %2, long enough to make the file large").arg(l).arg(s));
            scene.scene.layers.append(layer);
        }
        collection.scenes.append(scene);
    }
    collection.programId = QStringLiteral("s0");
    SceneDocument document(collection);
    CollectionSaver saver(document, QString::fromLocal8Bit(argv[1]));
    for (long n = 1;; ++n) {
        (void)layeredits::setGeometry(document, QStringLiteral("s%1").arg(n % 60), {QStringLiteral("l%1").arg(n % 60)},
                                      {QRectF(double(n % 1000), 5, 100, 40)}, QStringLiteral("Move"));
        if (!saver.saveNow())
            return 1;
        std::printf("saved %ld\n", n);
        std::fflush(stdout);
    }
}
