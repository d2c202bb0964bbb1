// SPDX-License-Identifier: GPL-2.0-or-later
// A camera shown by two layers (the same camera in two scenes, a scene rebuilt by an edit on
// air, the studio-mode preview) is opened once and keeps running while any layer shows it;
// another input is another capture; the last layer gone stops it.
#include "studio/media/capturekinds.h"
#include "studio/media/capturepool.h"
#include "studio/scene/scenelayer.h"

#include <QGuiApplication>
#include <QTest>

using namespace vida3::studio;

namespace {
LayerDescription camera(const QString &id, const QString &device, QRectF rect)
{
    LayerDescription d = media::cameraLayer(id, device, {}, QSizeF(1280, 720), 0);
    d.geometryPx = rect;
    return d;
}
}  // namespace

class TestCapturePool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneInputIsOpenedOnce()
    {
        auto pool = std::make_shared<media::CapturePool>();
        LayerFactory factory;
        media::registerCaptureKinds(factory, 30, pool);
        const QString red = QStringLiteral("lavfi:color=c=red:s=160x90:r=30");
        auto first = factory.create(camera(QStringLiteral("cam"), red, QRectF(0, 0, 640, 360)));
        auto second = factory.create(camera(QStringLiteral("cam"), red, QRectF(100, 100, 320, 180)));
        QVERIFY(first && second);
        QCOMPARE(pool->running(), 1);
        auto other = factory.create(camera(QStringLiteral("cam2"), QStringLiteral("lavfi:color=c=blue:s=160x90:r=30"), QRectF(0, 0, 64, 36)));
        QCOMPARE(pool->running(), 2);
        first.reset();
        QCOMPARE(pool->running(), 2);  // the second layer still shows it
        second.reset();
        other.reset();
        QCOMPARE(pool->running(), 0);
        // Acquired again after it stopped: a new capture.
        media::LiveCapture::Options options;
        options.resolve = [] { return vida3::Expected<media::InputSpec>(vida3::Error{vida3::ErrorCode::DeviceNotFound, QStringLiteral("none")}); };
        auto a = pool->acquire(QStringLiteral("k"), options);
        auto b = pool->acquire(QStringLiteral("k"), options);
        QCOMPARE(a.get(), b.get());
    }
};

QTEST_GUILESS_MAIN(TestCapturePool)

#include "tst_capturepool.moc"
