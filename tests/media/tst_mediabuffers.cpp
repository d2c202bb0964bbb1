// SPDX-License-Identifier: GPL-2.0-or-later
// The media player's buffers and clock, without a file: what the render thread sees for each
// output frame, and what the mixer hears for each sample position.
#include "studio/audio/delayline.h"
#include "studio/media/mediaclock.h"
#include "studio/media/timedpcmbuffer.h"
#include "studio/media/videoframequeue.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace vida3::studio;

namespace {
QImage solid(int level)
{
    QImage image(4, 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(qRgb(level, level, level));
    return image;
}
int levelOf(const QImage &image)
{
    return image.isNull() ? -1 : qRed(image.pixel(0, 0));
}
}  // namespace

class TestMediaBuffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockStartsAtTheFirstFrameAndPauses()
    {
        media::MediaClock clock(30, 48000);
        QCOMPARE(clock.at(100).mediaFrames, 0);  // the anchor
        QCOMPARE(clock.at(101).mediaFrames, 1);
        QCOMPARE(clock.at(101).mediaFrames, 1);  // idempotent
        QCOMPARE(clock.mediaSample(101 * 48000 / 30), 1600);
        clock.requestPause(true);
        QVERIFY(!clock.at(102).playing);
        const int64_t frozen = clock.at(102).mediaFrames;
        QCOMPARE(frozen, 1);  // the frame shown when the pause came
        QCOMPARE(clock.at(110).mediaFrames, frozen);
        clock.requestPause(false);
        QCOMPARE(clock.at(111).mediaFrames, frozen + 1);  // resumes where it stopped
        const uint64_t epoch = clock.requestRestart();
        const media::MediaClock::Position restarted = clock.at(112);
        QCOMPARE(restarted.mediaFrames, 0);
        QCOMPARE(restarted.epoch, epoch);
    }

    // Media time starts at the first frame the decoders are ready for, not before.
    void clockWaitsForTheDecoders()
    {
        media::MediaClock clock(30, 48000);
        QVERIFY(!clock.at(10, false).playing);
        QCOMPARE(clock.at(11, false).mediaFrames, 0);
        QCOMPARE(clock.at(12, true).mediaFrames, 0);  // the anchor
        QVERIFY(clock.at(12, true).playing);
        QCOMPARE(clock.at(13, true).mediaFrames, 1);
        QCOMPARE(clock.mediaSample(13 * 1600), 1600);
    }

    // Equal rates: every frame once. A faster file: the newest due frame, the others skipped.
    void queueShowsTheFrameDueAtEachOutputFrame()
    {
        media::VideoFrameQueue queue(8);
        for (int i = 0; i < 6; ++i)
            queue.push(solid(i * 10), i / 30.0, 0);
        QCOMPARE(levelOf(queue.frameAt(-0.01, 0)), -1);  // before the first frame
        for (int i = 0; i < 6; ++i)
            QCOMPARE(levelOf(queue.frameAt(i / 30.0, 0)), i * 10);
        QCOMPARE(queue.skipped(), 0);

        media::VideoFrameQueue fast(8);
        for (int i = 0; i < 6; ++i)
            fast.push(solid(i * 10), i / 60.0, 0);
        QCOMPARE(levelOf(fast.frameAt(0, 0)), 0);
        QCOMPARE(levelOf(fast.frameAt(1 / 30.0, 0)), 20);
        QCOMPARE(levelOf(fast.frameAt(2 / 30.0, 0)), 40);
        QCOMPARE(fast.skipped(), 2);
    }

    void queueDropsAnOldEpochAndClearsAtTheEnd()
    {
        media::VideoFrameQueue queue(8);
        queue.push(solid(10), 0, 0);
        queue.push(solid(20), 1 / 30.0, 0);
        queue.push(solid(99), 0, 1);
        QCOMPARE(levelOf(queue.frameAt(0, 1)), 99);  // the restart's first frame, not the old ones
        queue.markEnd(0.5, 1);
        QCOMPARE(levelOf(queue.frameAt(0.4, 1)), 99);
        QCOMPARE(levelOf(queue.frameAt(0.5, 1)), -1);  // past the end: nothing shown
    }

    void queueWriterWaitsForRoomAndStops()
    {
        media::VideoFrameQueue queue(2);
        queue.push(solid(1), 0, 0);
        queue.push(solid(2), 0.1, 0);
        std::thread writer([&] { QVERIFY(queue.waitForRoom()); });
        QTest::qWait(50);
        queue.frameAt(0, 0);  // takes one: room
        writer.join();
        queue.stop();
        QVERIFY(!queue.waitForRoom());
    }

    void pcmBufferReadsByPosition()
    {
        media::TimedPcmBuffer buffer(1, 1000, 1000);
        std::vector<float> ramp(100);
        for (int i = 0; i < 100; ++i)
            ramp[static_cast<size_t>(i)] = static_cast<float>(i);
        QVERIFY(buffer.write(0, ramp.data(), 100, 0));
        QVERIFY(buffer.write(150, ramp.data(), 10, 0));  // a gap of 50: silence
        std::vector<float> out(10, 0.0f);
        buffer.mixInto(95, out.data(), 10, 0);
        QCOMPARE(out[0], 95.0f);
        QCOMPARE(out[4], 99.0f);
        QCOMPARE(out[5], 0.0f);  // in the gap
        std::fill(out.begin(), out.end(), 0.0f);
        buffer.mixInto(155, out.data(), 10, 0);
        QCOMPARE(out[0], 5.0f);
        QCOMPARE(out[4], 9.0f);
        QCOMPARE(out[5], 0.0f);  // not decoded yet
        QCOMPARE(buffer.missingFrames(), int64_t{5});
        // Another epoch reads nothing.
        std::fill(out.begin(), out.end(), 0.0f);
        buffer.mixInto(0, out.data(), 10, 7);
        QCOMPARE(out[3], 0.0f);
    }

    void pcmBufferWriterStaysWithinItsLead()
    {
        media::TimedPcmBuffer buffer(1, 100, 50);
        std::vector<float> block(100, 1.0f);
        QVERIFY(buffer.write(0, block.data(), 100, 0));  // exactly the lead
        bool done = false;
        std::thread writer([&] {
            buffer.write(100, block.data(), 50, 0);
            done = true;
        });
        QTest::qWait(50);
        QVERIFY(!done);  // waits for the reader
        std::vector<float> out(50, 0.0f);
        buffer.mixInto(0, out.data(), 50, 0);
        writer.join();
        QVERIFY(done);
        buffer.stop();
        QVERIFY(!buffer.write(150, block.data(), 100, 0));
    }

    void delayLineDelaysAndFollowsChanges()
    {
        audio::DelayLine delay(2, 1000);
        std::vector<float> block(20);
        for (int i = 0; i < 10; ++i)
            block[static_cast<size_t>(2 * i)] = block[static_cast<size_t>(2 * i + 1)] = static_cast<float>(i + 1);
        delay.process(block.data(), 10, 3);
        QCOMPARE(block[0], 0.0f);  // nothing before the start
        QCOMPARE(block[2 * 3], 1.0f);
        QCOMPARE(block[2 * 9 + 1], 7.0f);
        std::vector<float> next(20, 0.0f);
        delay.process(next.data(), 10, 3);
        QCOMPARE(next[0], 8.0f);  // continues across blocks
        QCOMPARE(next[4], 10.0f);
        std::vector<float> third(4, 5.0f);
        delay.process(third.data(), 2, 0);  // back to no delay: the block itself
        QCOMPARE(third[0], 5.0f);
        std::vector<float> clamped(4, 1.0f);
        delay.process(clamped.data(), 2, 5000);  // beyond the maximum: clamped, no overrun
        QCOMPARE(clamped[0], 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestMediaBuffers)
#include "tst_mediabuffers.moc"
