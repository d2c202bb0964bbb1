// SPDX-License-Identifier: GPL-2.0-or-later
// MediaPlayer on real files made by the ffmpeg CLI: what the render thread gets for each output
// frame (every frame once at equal rates, each twice at half the rate), pause, restart, loop,
// the sound at its sample positions, and the errors a broken file gives.
#include "studio/media/mediaplayer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace vida3::studio;
using namespace vida3::studio::media;

namespace {
// Frame n of the clip is grey level (n * 8) % 256: frames tell themselves apart by their level.
bool makeCountingClip(const QString &path, int fps, double seconds, bool audio)
{
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("color=c=black:s=64x36:r=%1:d=%2,geq=lum='mod(N*8\\,256)':cb=128:cr=128").arg(fps).arg(seconds)};
    if (audio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("aevalsrc='0.5*lt(mod(t\\,1)\\,0.5)':s=48000:d=%1").arg(seconds);
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-qp") << QStringLiteral("0")
         << QStringLiteral("-pix_fmt") << QStringLiteral("yuv444p");
    if (audio)
        args << QStringLiteral("-c:a") << QStringLiteral("pcm_s16le");
    args << path;
    return QProcess::execute(QStringLiteral("ffmpeg"), args) == 0;
}

int levelOf(const QImage &image)
{
    return image.isNull() ? -1 : qGreen(image.pixel(image.width() / 2, image.height() / 2));
}

// The level the clip's frame n has after limited-range YUV → RGB (within a few steps).
bool isFrame(int level, int n)
{
    const int luma = (n * 8) % 256;
    const double expected = std::clamp((luma - 16) * 255.0 / 219.0, 0.0, 255.0);
    return std::abs(level - expected) <= 4;
}

// Waits until the decoder is ahead, then asks for output frames with a little time between.
std::vector<int> play(MediaPlayer &player, int64_t first, int count)
{
    QTest::qWait(300);
    std::vector<int> levels;
    for (int64_t i = first; i < first + count; ++i) {
        levels.push_back(levelOf(player.frameAt(i)));
        QTest::qWait(3);
    }
    return levels;
}

QString list(const std::vector<int> &levels)
{
    QStringList parts;
    for (int l : levels)
        parts.append(QString::number(l));
    return parts.join(u' ');
}
}  // namespace

class TestMediaPlayer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<MediaPlayer> open(const QString &path, bool loop = false)
    {
        MediaPlayer::Options o;
        o.path = path;
        o.label = QStringLiteral("clip");
        o.loop = loop;
        o.fps = 30;
        o.sampleRate = 48000;
        o.channels = 2;
        auto player = MediaPlayer::open(o);
        if (!player) {
            qWarning("%s", qPrintable(player.error().detail));
            return nullptr;
        }
        return std::move(player).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCountingClip(m_dir.filePath(QStringLiteral("c30.mkv")), 30, 2, true));
        QVERIFY(makeCountingClip(m_dir.filePath(QStringLiteral("c15.mkv")), 15, 2, false));
    }

    void equalRateShowsEveryFrameOnce()
    {
        auto player = open(m_dir.filePath(QStringLiteral("c30.mkv")));
        QVERIFY(player);
        QVERIFY(player->hasVideo() && player->hasAudio());
        QCOMPARE(player->videoSize(), QSize(64, 36));
        const std::vector<int> levels = play(*player, 1000, 30);
        for (int n = 0; n < 30; ++n)
            QVERIFY2(isFrame(levels[static_cast<size_t>(n)], n), qPrintable(list(levels)));
        QCOMPARE(player->skippedFrames(), 0);
    }

    void halfRateShowsEachFrameTwice()
    {
        auto player = open(m_dir.filePath(QStringLiteral("c15.mkv")));
        QVERIFY(player);
        QVERIFY(!player->hasAudio());
        QVERIFY(!player->audioInput());
        const std::vector<int> levels = play(*player, 0, 30);
        for (int n = 0; n < 30; ++n)
            QVERIFY2(isFrame(levels[static_cast<size_t>(n)], n / 2), qPrintable(list(levels)));
    }

    void pauseHoldsAndRestartGoesBack()
    {
        auto player = open(m_dir.filePath(QStringLiteral("c30.mkv")));
        QVERIFY(player);
        std::vector<int> levels = play(*player, 0, 10);
        QVERIFY(isFrame(levels.back(), 9));
        player->setPaused(true);
        levels = play(*player, 10, 5);
        QCOMPARE(player->state(), QStringLiteral("paused"));
        for (int l : levels)
            QVERIFY2(isFrame(l, 9), qPrintable(list(levels)));  // held on the frame shown
        player->setPaused(false);
        levels = play(*player, 15, 3);
        QVERIFY2(isFrame(levels[0], 10) && isFrame(levels[2], 12), qPrintable(list(levels)));  // resumes, no jump
        player->restart();
        levels = play(*player, 18, 3);
        QVERIFY2(isFrame(levels[0], 0) && isFrame(levels[2], 2), qPrintable(list(levels)));
    }

    // The end without loop clears the picture; with loop the frames come round again.
    void endsOrLoops()
    {
        auto once = open(m_dir.filePath(QStringLiteral("c30.mkv")));
        QVERIFY(once);
        std::vector<int> levels = play(*once, 0, 62);
        QVERIFY2(levels[61] == -1, qPrintable(list(levels)));
        QCOMPARE(once->state(), QStringLiteral("ended"));
        auto looping = open(m_dir.filePath(QStringLiteral("c30.mkv")), true);
        QVERIFY(looping);
        levels.clear();
        for (int chunk = 0; chunk < 4; ++chunk) {  // 80 frames, the decoder keeping a few ahead
            const std::vector<int> part = play(*looping, chunk * 20, 20);
            levels.insert(levels.end(), part.begin(), part.end());
        }
        for (int n = 0; n < 80; ++n)
            QVERIFY2(isFrame(levels[static_cast<size_t>(n)], n % 60), qPrintable(list(levels)));
    }

    // The clip's sound is 0.5 for the first half of every second: sample positions exact.
    void soundPlaysAtItsPositions()
    {
        auto player = open(m_dir.filePath(QStringLiteral("c30.mkv")));
        QVERIFY(player);
        std::shared_ptr<AudioInput> input = player->audioInput();
        QVERIFY(input);
        QVERIFY(input->appliesSyncOffset());
        QTest::qWait(300);
        std::vector<float> frame(1600 * 2);
        std::vector<float> left;
        for (int64_t i = 0; i < 30; ++i) {
            std::fill(frame.begin(), frame.end(), 0.0f);
            input->mixFrame(AudioFrameRequest{i, i * 1600, 0}, frame.data(), 1600, 2);
            for (int s = 0; s < 1600; ++s)
                left.push_back(frame[static_cast<size_t>(2 * s)]);
        }
        // 0.5 in [0, 24000), silence in [24000, 48000), give or take the resampler's edge.
        QVERIFY2(std::abs(left[100] - 0.5f) < 0.01f, qPrintable(QString::number(static_cast<double>(left[100]))));
        QVERIFY(std::abs(left[23900] - 0.5f) < 0.01f);
        QVERIFY(std::abs(left[24100]) < 0.01f);
        QVERIFY(std::abs(left[47000]) < 0.01f);
    }

    // Sound that starts 2 s into the file (a clip cut at another keyframe than its audio): the
    // pictures play from the start, the sound comes in at its time.
    void lateSoundDoesNotHoldThePictures()
    {
        const QString late = m_dir.filePath(QStringLiteral("late.mkv"));
        QVERIFY(QProcess::execute(QStringLiteral("ffmpeg"),
                                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                   QStringLiteral("lavfi"), QStringLiteral("-i"),
                                   QStringLiteral("color=c=black:s=64x36:r=30:d=4,geq=lum='mod(N*8\\,256)':cb=128:cr=128"),
                                   QStringLiteral("-itsoffset"), QStringLiteral("2"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                   QStringLiteral("-i"), QStringLiteral("sine=f=1000:d=2"), QStringLiteral("-c:v"),
                                   QStringLiteral("libx264"), QStringLiteral("-qp"), QStringLiteral("0"), QStringLiteral("-pix_fmt"),
                                   QStringLiteral("yuv444p"), QStringLiteral("-c:a"), QStringLiteral("pcm_s16le"), late})
                == 0);
        auto player = open(late);
        QVERIFY(player);
        QVERIFY(player->hasAudio());
        std::shared_ptr<AudioInput> input = player->audioInput();
        QTest::qWait(500);
        std::vector<float> frame(1600 * 2);
        std::vector<int> levels;
        float loudAfter2s = 0;
        for (int64_t i = 0; i < 75; ++i) {
            levels.push_back(levelOf(player->frameAt(i)));
            std::fill(frame.begin(), frame.end(), 0.0f);
            input->mixFrame(AudioFrameRequest{i, i * 1600, 0}, frame.data(), 1600, 2);
            if (i >= 65)
                loudAfter2s = std::max(loudAfter2s, std::abs(frame[800]));
            QTest::qWait(3);
        }
        QVERIFY2(isFrame(levels[10], 10) && isFrame(levels[40], 40), qPrintable(list(levels)));
        QVERIFY2(loudAfter2s > 0.05f, qPrintable(QString::number(static_cast<double>(loudAfter2s))));
    }

    void brokenFilesAreErrorsNamingTheFile()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp4"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        for (const QString &path : {garbage, m_dir.filePath(QStringLiteral("missing.mkv"))}) {
            MediaPlayer::Options o;
            o.path = path;
            o.label = QStringLiteral("intro");
            auto player = MediaPlayer::open(o);
            QVERIFY(!player);
            QVERIFY2(player.error().detail.contains(QStringLiteral("intro")), qPrintable(player.error().detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestMediaPlayer)
#include "tst_mediaplayer.moc"
