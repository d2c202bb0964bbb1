// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/h264priority.h"
#include "encoder/packetqueue.h"
#include "encoder/packetsink.h"

#include <QElapsedTimer>
#include <QTest>

using namespace vida3::encoder;

namespace {
enum class Frame { Idr, P, B, Audio };

// A packet whose payload starts like libx264's: a start code and the slice NAL header.
AvPacketPtr packet(Frame frame, int64_t ms)
{
    AvPacketPtr p = makePacket();
    av_new_packet(p.get(), 16);
    static const uint8_t headers[] = {0x65, 0x41, 0x01, 0x00};  // IDR, ref P, non-ref B
    const uint8_t bytes[] = {0, 0, 0, 1, headers[static_cast<int>(frame)]};
    memcpy(p->data, bytes, sizeof bytes);
    p->stream_index = static_cast<int>(frame == Frame::Audio ? StreamKind::Audio : StreamKind::Video);
    p->flags = frame == Frame::Idr ? AV_PKT_FLAG_KEY : 0;
    p->pts = p->dts = ms;
    return p;
}

bool push(PacketQueue &q, Frame frame, int64_t ms)
{
    return q.push(packet(frame, ms).get(), ms * 1000);
}

int64_t popMs(PacketQueue &q)
{
    AvPacketPtr out = makePacket();
    if (!q.pop(out.get(), std::chrono::milliseconds(0)))
        return -1;
    return out->pts;
}
}  // namespace

class TestPacketQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void priorityFromNalHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("priority");
        QTest::newRow("IDR") << QByteArray::fromHex("0000000165") << int(FramePriority::Keyframe);
        QTest::newRow("ref P") << QByteArray::fromHex("0000000141") << int(FramePriority::Reference);
        QTest::newRow("non-ref B") << QByteArray::fromHex("0000000101") << int(FramePriority::Disposable);
        QTest::newRow("SEI then B") << QByteArray::fromHex("0000000106aabb00000101") << int(FramePriority::Disposable);
        QTest::newRow("3-byte start code") << QByteArray::fromHex("00000165") << int(FramePriority::Keyframe);
        QTest::newRow("garbage is safe") << QByteArray::fromHex("ffff") << int(FramePriority::Reference);
        QTest::newRow("empty") << QByteArray() << int(FramePriority::Reference);
    }
    void priorityFromNalHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, priority);
        QCOMPARE(int(h264FramePriority(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()))),
                 priority);
    }

    void fifoOrder()
    {
        PacketQueue q(4);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(push(q, Frame::Audio, 1));
        QCOMPARE(popMs(q), 0);
        QCOMPARE(popMs(q), 1);
        QCOMPARE(popMs(q), -1);
    }

    // Under congestion: disposable frames go first (above 700 ms buffered), then everything but
    // keyframes (above 900 ms); audio is never dropped by policy.
    void dropsByPriorityWhenCongested()
    {
        PacketQueue q(1000);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(push(q, Frame::P, 600));
        QVERIFY(push(q, Frame::B, 650));       // 650 ms buffered: kept
        QVERIFY(!push(q, Frame::B, 750));      // 750 ms: disposable dropped
        QVERIFY(push(q, Frame::P, 760));       // references still flow
        QVERIFY(push(q, Frame::Audio, 950));   // audio always
        QVERIFY(!push(q, Frame::P, 950));      // above 900 ms: only keyframes
        QCOMPARE(q.droppedVideoFrames(), 2);
        QCOMPARE(q.congestion(), 1.0);
        QVERIFY(!push(q, Frame::B, 960));      // a reference was lost: wait for a keyframe
        QVERIFY(!push(q, Frame::P, 970));
        QVERIFY(push(q, Frame::Idr, 980));     // keyframes pass even when congested
        QCOMPARE(q.droppedVideoFrames(), 4);
    }

    void droppingADisposableFrameDoesNotBlockReferences()
    {
        PacketQueue q(1000);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(!push(q, Frame::B, 800));
        // Nothing references a non-reference B: the next P may go as soon as there is room.
        QCOMPARE(popMs(q), 0);  // the backlog drains
        QVERIFY(push(q, Frame::P, 810));
    }

    void congestionGrowsWithTheBacklog()
    {
        PacketQueue q(1000);
        QCOMPARE(q.congestion(), 0.0);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(push(q, Frame::P, 350));
        QCOMPARE(q.bufferedVideoMs(), 350);
        QCOMPARE(q.congestion(), 0.5);
    }

    void fullQueueWaitsForKeyframe()
    {
        PacketQueue q(2);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(push(q, Frame::P, 33));
        QVERIFY(!push(q, Frame::P, 66));  // full
        QCOMPARE(popMs(q), 0);
        QVERIFY(!push(q, Frame::P, 99));  // room, but its reference was dropped
        QVERIFY(push(q, Frame::Audio, 99));
        QCOMPARE(popMs(q), 33);
        QVERIFY(push(q, Frame::Idr, 132));
    }

    void pausedDropsEverythingAndResumesOnKeyframe()
    {
        PacketQueue q(10);
        q.pause();
        QVERIFY(!push(q, Frame::Idr, 0));
        QVERIFY(!push(q, Frame::Audio, 0));
        q.resume();
        QVERIFY(!push(q, Frame::P, 33));  // a new connection starts on a keyframe
        QVERIFY(push(q, Frame::Audio, 40));
        QVERIFY(push(q, Frame::Idr, 66));
        QVERIFY(push(q, Frame::P, 99));
    }

    // The first connection of an output: what the encoder sent while it was being opened is
    // kept, and frames that follow are not held back for a keyframe (nothing was dropped), so
    // a recording holds every encoded frame.
    void firstResumeKeepsTheGroupOfPictures()
    {
        PacketQueue q(10);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(push(q, Frame::P, 33));
        q.resume();
        QVERIFY(push(q, Frame::P, 66));
        QCOMPARE(q.droppedVideoFrames(), 0);
        QCOMPARE(q.size(), 3);
    }

    // Frames dropped while the first connection was opening: the stream must still restart on a
    // keyframe, or the first picture references a frame nobody will see.
    void firstResumeAfterDropsWaitsForKeyframe()
    {
        PacketQueue q(3);
        QVERIFY(push(q, Frame::Idr, 0));
        QVERIFY(push(q, Frame::P, 33));
        QVERIFY(push(q, Frame::P, 66));
        QVERIFY(!push(q, Frame::P, 99));  // full: dropped, and with it every frame up to a keyframe
        AvPacketPtr out = makePacket();
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(0)));
        q.resume();
        QVERIFY(!push(q, Frame::P, 132));
        QVERIFY(push(q, Frame::Idr, 165));
    }

    void stopWakesConsumerAndRefusesPush()
    {
        PacketQueue q(2);
        QVERIFY(push(q, Frame::Audio, 0));
        q.stop();
        QVERIFY(!push(q, Frame::Audio, 1));
        QCOMPARE(popMs(q), 0);  // what was queued drains
        AvPacketPtr out = makePacket();
        QElapsedTimer t;
        t.start();
        QVERIFY(!q.pop(out.get(), std::chrono::milliseconds(5000)));
        QVERIFY(t.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestPacketQueue)
#include "tst_packetqueue.moc"
