// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/packetqueue.h"
#include "encoder/packetsink.h"

#include <QTest>

using namespace vida3::encoder;

namespace {
AvPacketPtr packet(StreamKind kind, bool key, int64_t pts)
{
    AvPacketPtr p = makePacket();
    av_new_packet(p.get(), 16);
    p->stream_index = static_cast<int>(kind);
    p->flags = key ? AV_PKT_FLAG_KEY : 0;
    p->pts = p->dts = pts;
    return p;
}
}  // namespace

class TestPacketQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifoOrder()
    {
        PacketQueue q(4);
        QVERIFY(q.push(packet(StreamKind::Video, true, 0).get()));
        QVERIFY(q.push(packet(StreamKind::Audio, false, 1).get()));
        AvPacketPtr out = makePacket();
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(0)));
        QCOMPARE(out->pts, 0);
        av_packet_unref(out.get());
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(0)));
        QCOMPARE(out->pts, 1);
        av_packet_unref(out.get());
        QVERIFY(!q.pop(out.get(), std::chrono::milliseconds(0)));
    }

    // A full queue never blocks the encoder; after losing video it waits for a keyframe, so
    // the output never sends a frame whose reference is missing.
    void overflowDropsVideoUntilKeyframe()
    {
        PacketQueue q(2);
        QVERIFY(q.push(packet(StreamKind::Video, true, 0).get()));
        QVERIFY(q.push(packet(StreamKind::Video, false, 1).get()));
        QVERIFY(!q.push(packet(StreamKind::Video, false, 2).get()));  // full
        QCOMPARE(q.droppedVideoFrames(), 1);
        AvPacketPtr out = makePacket();
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(0)));
        av_packet_unref(out.get());
        QVERIFY(!q.push(packet(StreamKind::Video, false, 3).get()));  // room, but no reference
        QCOMPARE(q.droppedVideoFrames(), 2);
        QVERIFY(q.push(packet(StreamKind::Audio, false, 3).get()));   // audio still flows
        QVERIFY(!q.push(packet(StreamKind::Video, true, 4).get()));   // full again
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(0)));
        av_packet_unref(out.get());
        QVERIFY(q.push(packet(StreamKind::Video, true, 5).get()));    // keyframe resumes video
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(0)));
        av_packet_unref(out.get());
        QVERIFY(q.push(packet(StreamKind::Video, false, 6).get()));
    }

    void stopWakesConsumerAndRefusesPush()
    {
        PacketQueue q(2);
        QVERIFY(q.push(packet(StreamKind::Audio, false, 0).get()));
        q.stop();
        QVERIFY(!q.push(packet(StreamKind::Audio, false, 1).get()));
        AvPacketPtr out = makePacket();
        QVERIFY(q.pop(out.get(), std::chrono::milliseconds(1000)));  // what was queued drains
        av_packet_unref(out.get());
        QElapsedTimer t;
        t.start();
        QVERIFY(!q.pop(out.get(), std::chrono::milliseconds(5000)));
        QVERIFY(t.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestPacketQueue)
#include "tst_packetqueue.moc"
