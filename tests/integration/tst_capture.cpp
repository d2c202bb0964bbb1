// SPDX-License-Identifier: GPL-2.0-or-later
// Screen and camera layers through libavdevice. Screen: a private X server (Xvfb) shows
// windows of known colours; --screen captures them into a stream a real nginx-rtmp receives,
// and the colours are found where the windows are. Camera: no V4L2 device exists here, so the
// camera goes through the same libav input path with lavfi sources (the README says what only
// a real camera can confirm): frames arrive, a camera that stops delivering shows the
// "unavailable" slate while the stream carries on, and it comes back by itself.
#include "nginxrtmpserver.h"
#include "processtools.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "xvfbserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kWidth = 1280;
constexpr int kHeight = 720;

struct Rgb
{
    int r = -1, g = -1, b = -1;
    bool near(int rr, int gg, int bb, int tolerance = 40) const
    {
        return std::abs(r - rr) <= tolerance && std::abs(g - gg) <= tolerance && std::abs(b - bb) <= tolerance;
    }
    QString text() const { return QStringLiteral("(%1,%2,%3)").arg(r).arg(g).arg(b); }
};

// One decoded picture of file at `seconds`, as 1280x720 RGB.
QByteArray pictureAt(const QString &file, double seconds)
{
    const ToolResult r = runTool(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QString::number(seconds),
                                  QStringLiteral("-i"), file, QStringLiteral("-frames:v"), QStringLiteral("1"),
                                  QStringLiteral("-vf"), QStringLiteral("scale=%1:%2").arg(kWidth).arg(kHeight),
                                  QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
                                  QStringLiteral("rgb24"), QStringLiteral("-")},
                                 60000);
    return r.exitCode == 0 && r.stdOut.size() == kWidth * kHeight * 3 ? r.stdOut : QByteArray();
}

Rgb pixel(const QByteArray &picture, int x, int y)
{
    if (picture.isEmpty())
        return {};
    const auto *p = reinterpret_cast<const uchar *>(picture.constData()) + (y * kWidth + x) * 3;
    return {p[0], p[1], p[2]};
}
}  // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private:
    XvfbServer m_x;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        if (const QString why = XvfbServer::unavailableReason(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        QVERIFY2(m_x.start(QSize(kWidth, kHeight)), qPrintable(m_x.lastError()));
        QVERIFY2(m_x.showWindow(QStringLiteral("#ff0000"), QRect(100, 100, 300, 200)), qPrintable(m_x.lastError()));
        QVERIFY2(m_x.showWindow(QStringLiteral("#00ff00"), QRect(800, 400, 300, 200)), qPrintable(m_x.lastError()));
    }

    // The whole display, streamed: red and green where the windows are, black elsewhere.
    void screenIsFoundInTheStream()
    {
        NginxRtmpServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        StudioProcess studio(studioBinary());
        studio.setEnv(keyEnvName(), uniqueStreamKey());
        QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), 5)
                             << QStringLiteral("--screen") << m_x.display() << QStringLiteral("--no-cursor")));
        QVERIFY2(studio.waitForExit(40000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        QVERIFY(server.stop());
        const QStringList recordings = server.recordings();
        QVERIFY2(recordings.size() == 1, qPrintable(server.errorLog()));
        const QByteArray picture = pictureAt(recordings.first(), 3);
        QVERIFY2(!picture.isEmpty(), "no picture in the received stream");
        const Rgb red = pixel(picture, 250, 170);
        const Rgb green = pixel(picture, 950, 470);
        const Rgb background = pixel(picture, 640, 50);
        qInfo("red window %s, green window %s, background %s", qPrintable(red.text()), qPrintable(green.text()),
              qPrintable(background.text()));
        QVERIFY2(red.near(255, 0, 0), qPrintable(red.text()));
        QVERIFY2(green.near(0, 255, 0), qPrintable(green.text()));
        QVERIFY2(background.near(0, 0, 0), qPrintable(background.text()));
    }

    // A region fills the canvas: inside the red window, red everywhere it is sampled.
    void regionFillsTheCanvas()
    {
        StudioProcess studio(studioBinary());
        const QString out = studio.workFile(QStringLiteral("region.mkv"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--screen"),
                              m_x.display() + QStringLiteral("+150,130,192x108"), QStringLiteral("--no-cursor"),
                              QStringLiteral("--record"), out, QStringLiteral("--duration"), QStringLiteral("3")}));
        QVERIFY(studio.waitForExit(30000));
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        const QByteArray picture = pictureAt(out, 2);
        for (const QPoint p : {QPoint(100, 100), QPoint(640, 360), QPoint(1180, 620)})
            QVERIFY2(pixel(picture, p.x(), p.y()).near(255, 0, 0), qPrintable(pixel(picture, p.x(), p.y()).text()));
    }

    // One window by its id: the red window fills the canvas's middle, whatever is around it.
    void oneWindowIsCaptured()
    {
        StudioProcess studio(studioBinary());
        const QString out = studio.workFile(QStringLiteral("window.mkv"));
        QVERIFY(!m_x.windowId(0).isEmpty());
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--screen"),
                              m_x.display() + QStringLiteral("+window=") + m_x.windowId(0), QStringLiteral("--no-cursor"),
                              QStringLiteral("--record"), out, QStringLiteral("--duration"), QStringLiteral("3")}));
        QVERIFY(studio.waitForExit(30000));
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        const QByteArray picture = pictureAt(out, 2);
        // 300x200 fitted in 1280x720: 1080x720 in the middle, so x 150…1130 is the window.
        for (const QPoint p : {QPoint(640, 360), QPoint(400, 200), QPoint(900, 300)})
            QVERIFY2(pixel(picture, p.x(), p.y()).near(255, 0, 0), qPrintable(pixel(picture, p.x(), p.y()).text()));
        QVERIFY2(!pixel(picture, 60, 360).near(255, 0, 0), "the window is not fitted: red at the canvas's edge");
    }

    void missingDisplayOrCameraIsRefusedByName()
    {
        for (const QStringList &source : {QStringList{QStringLiteral("--screen"), QStringLiteral(":93")},
                                          QStringList{QStringLiteral("--camera"), QStringLiteral("Studio Cam 9000")}}) {
            StudioProcess studio(studioBinary());
            QVERIFY(studio.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--record"),
                                             studio.workFile(QStringLiteral("x.mkv")), QStringLiteral("--duration"),
                                             QStringLiteral("2")}
                                 << source));
            QVERIFY(studio.waitForExit(20000));
            QCOMPARE(studio.exitCode(), 2);
            QVERIFY2(studio.stdErr().contains(source[1].toUtf8()), studio.stdErr().constData());
        }
    }

    // The lavfi test pattern through the camera path: its colour bars on the canvas (red at
    // the left, cyan at the right), mirrored when asked.
    void cameraFramesReachTheOutput()
    {
        const QString pattern = QStringLiteral("lavfi:testsrc2=size=640x360:rate=30,realtime");
        const QString scene = m_dir.filePath(QStringLiteral("mirror.json"));
        QFile f(scene);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"version": 1, "layers": [{"id": "cam", "kind": "camera", "device": "%1", "mirror": true}]})")
                    .arg(pattern).toUtf8());
        f.close();
        for (const bool mirrored : {false, true}) {
            StudioProcess studio(studioBinary());
            const QString out = studio.workFile(QStringLiteral("camera.mkv"));
            QStringList args{QStringLiteral("--headless"), QStringLiteral("--record"), out, QStringLiteral("--duration"),
                             QStringLiteral("3")};
            if (mirrored)
                args << QStringLiteral("--scene") << scene;
            else
                args << QStringLiteral("--camera") << pattern;
            QVERIFY(studio.start(args));
            QVERIFY(studio.waitForExit(30000));
            QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
            const QByteArray picture = pictureAt(out, 2);
            const Rgb left = pixel(picture, 40, 600);
            const Rgb right = pixel(picture, 1240, 600);
            qInfo("%s: left %s, right %s", mirrored ? "mirrored" : "plain", qPrintable(left.text()), qPrintable(right.text()));
            QVERIFY2((mirrored ? right : left).near(255, 0, 0), qPrintable(left.text() + right.text()));
            QVERIFY2((mirrored ? left : right).near(0, 255, 255), qPrintable(left.text() + right.text()));
        }
    }

    // A camera that stops delivering (here: its source ends) shows the "unavailable" slate, the
    // recording goes on, and the same camera returns by itself within the retry interval.
    void cameraThatGoesAwayComesBack()
    {
        const QString clip = m_dir.filePath(QStringLiteral("green.mkv"));
        const ToolResult made = runTool(QStringLiteral("ffmpeg"),
                                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                         QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("color=c=0x00ff00:s=320x180:r=30:d=2"), clip},
                                        60000);
        QVERIFY(made.exitCode == 0);
        StudioProcess studio(studioBinary());
        const QString out = studio.workFile(QStringLiteral("comeback.mkv"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--camera"),
                              QStringLiteral("lavfi:movie=%1,realtime").arg(clip), QStringLiteral("--record"), out,
                              QStringLiteral("--duration"), QStringLiteral("12")}));
        QVERIFY(studio.waitForExit(60000));
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        // Sampled every half second: camera (green), slate (dark blue-grey), then camera again.
        QString seen;
        for (int i = 1; i < 24; ++i) {
            const Rgb c = pixel(pictureAt(out, i * 0.5), 20, 20);
            seen += c.near(0, 255, 0) ? u'C' : c.near(20, 20, 28, 15) ? u'S' : u'?';
        }
        qInfo("every 0.5 s: %s", qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("CS")) && seen.indexOf(u'C', seen.indexOf(QStringLiteral("CS")) + 1) > 0,
                 qPrintable(seen));
        QVERIFY2(!seen.contains(u'?'), qPrintable(seen));
        QVERIFY2(studio.stdErr().contains("the input ended"), studio.stdErr().constData());
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
