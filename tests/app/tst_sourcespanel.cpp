// SPDX-License-Identifier: GPL-2.0-or-later
// The window's "Camera, screen and media" panel: a media file added from it shows on the
// preview and its sound becomes a mixer channel; a camera (the lavfi test pattern, through the
// same libav path as a V4L2 camera) lands in the bottom-right corner; a broken file or a camera
// that is not connected changes nothing and says why.
#include "app/mixer/channelstrip.h"
#include "app/sessioncontroller.h"
#include "app/sources/sourcespanel.h"
#include "studio/media/mediaplayer.h"
#include "windowfixture.h"

#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace vida3;
using namespace vida3::tests;

namespace {
// A solid colour clip with a tone, 4 s.
bool makeClip(const QString &path, const QString &colour)
{
    return QProcess::execute(QStringLiteral("ffmpeg"),
                             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                              QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("color=c=%1:s=320x180:r=30:d=4").arg(colour), QStringLiteral("-f"),
                              QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=f=440:d=4"),
                              QStringLiteral("-shortest"), path})
        == 0;
}

}  // namespace

class TestSourcesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mediaFileShowsAndIsHeard()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        const QString clip = fixture.filePath(QStringLiteral("blue.mkv"));
        QVERIFY(makeClip(clip, QStringLiteral("0x0000ff")));
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        app::SourcesPanel *panel = window->sources();
        QVERIFY(panel);
        QVERIFY2(panel->addMedia(clip, true), qPrintable(panel->message()));
        // The preview turns blue in the middle; the mixer gains the file's channel.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage preview = window->controller()->latestPreview();
                return !preview.isNull() && QColor(preview.pixel(preview.width() / 2, preview.height() / 2)).blue() > 200
                    && QColor(preview.pixel(preview.width() / 2, preview.height() / 2)).red() < 50;
            }(),
            8000);
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<app::ChannelStrip *>(QStringLiteral("channel_media")) != nullptr, 5000);
        // A second one gets its own id.
        QVERIFY(panel->addMedia(clip, false));
        QCOMPARE(window->controller()->scene().layers.last().id, QStringLiteral("media2"));
    }

    // What was added is there again at the next start (the scene collection is saved); a media
    // file can be paused, restarted and removed from its row, and a removed one stays removed.
    void sourcesAreRememberedAndControllable()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        const QString clip = fixture.filePath(QStringLiteral("green.mkv"));
        QVERIFY(makeClip(clip, QStringLiteral("0x00ff00")));
        {
            auto window = fixture.makeWindow(&fixture.secrets());
            QVERIFY(window->sources()->addMedia(clip, true));
            QVERIFY(window->sources()->addCamera(QStringLiteral("lavfi:color=c=0xff0000:s=320x180:r=30,realtime")));
        }
        auto again = fixture.makeWindow(&fixture.secrets());
        QCOMPARE(again->sources()->addedIds(), (QStringList{QStringLiteral("media"), QStringLiteral("camera")}));
        QVERIFY(again->findChild<QWidget *>(QStringLiteral("source_media")));
        std::shared_ptr<studio::media::MediaPlayer> player = again->controller()->mediaPlayer(QStringLiteral("media"));
        QVERIFY(player);
        auto *pause = requireChild<QWidget>(*again, "source_media")->findChild<QPushButton *>(QStringLiteral("pause"));
        QVERIFY(pause);
        pause->click();
        QVERIFY(player->isPaused());
        pause->click();
        QVERIFY(!player->isPaused());
        QVERIFY(again->sources()->restartMedia(QStringLiteral("media")));
        QVERIFY(again->sources()->removeSource(QStringLiteral("media")));
        QCOMPARE(again->sources()->addedIds(), QStringList{QStringLiteral("camera")});
        again.reset();  // quit: the collection is saved
        auto third = fixture.makeWindow(&fixture.secrets());
        QCOMPARE(third->sources()->addedIds(), QStringList{QStringLiteral("camera")});
        const auto &layers = third->controller()->scene().layers;
        QVERIFY(std::none_of(layers.begin(), layers.end(), [](const studio::LayerDescription &d) { return d.id == u"media"; }));
    }

    void brokenFileChangesNothing()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        const QString broken = fixture.filePath(QStringLiteral("broken.mp4"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, '\x42'));
        f.close();
        auto window = fixture.makeWindow(&fixture.secrets());
        const qsizetype before = window->controller()->scene().layers.size();
        QVERIFY(!window->sources()->addMedia(broken, false));
        QCOMPARE(window->controller()->scene().layers.size(), before);
        QVERIFY2(window->sources()->message().contains(QStringLiteral("broken.mp4")), qPrintable(window->sources()->message()));
        QVERIFY(!window->sources()->addCamera(QStringLiteral("Studio Cam 9000")));
        QVERIFY2(window->sources()->message().contains(QStringLiteral("Studio Cam 9000")), qPrintable(window->sources()->message()));
        QCOMPARE(window->controller()->scene().layers.size(), before);
    }

    // No camera on this machine: the picker says so and its button is off; the test pattern
    // goes in the corner, picture-in-picture.
    void cameraGoesInTheCorner()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        auto *add = requireChild<QPushButton>(*window, "addCamera");
        QVERIFY(!add->isEnabled());
        QVERIFY(window->sources()->addCamera(QStringLiteral("lavfi:color=c=0xff0000:s=320x180:r=30,realtime")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage preview = window->controller()->latestPreview();
                if (preview.isNull())
                    return false;
                const QColor corner(preview.pixel(preview.width() * 5 / 6, preview.height() * 5 / 6));
                return corner.red() > 200 && corner.green() < 60;
            }(),
            8000);
        const QImage preview = window->controller()->latestPreview();
        const QColor topLeft(preview.pixel(preview.width() / 6, preview.height() / 6));
        QVERIFY2(!(topLeft.red() > 200 && topLeft.green() < 60), "the camera covers the whole canvas");
    }
};

QTEST_MAIN(TestSourcesPanel)
#include "tst_sourcespanel.moc"
