// SPDX-License-Identifier: GPL-2.0-or-later
// Browser sources decode on their own threads: lanes spread over the decode threads, each
// lane decodes its source's frames in order into the source's slot, a backlogged lane refuses
// instead of queueing without end, and a closed lane's queued frames never reach the slot.
#include "studio/relay/decodelane.h"
#include "studio/relay/decodethreads.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/relayprotocol.h"
#include "studio/relay/sourcefeed.h"
#include "tests/relay/relaytestmessages.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

using namespace vida3::studio::relay;

namespace {
QByteArray jpegMessage(const QColor &colour, uint32_t sequence)
{
    return vida3::tests::videoMessage(MediaCodec::Jpeg, QSize(64, 48), vida3::tests::solidJpeg(colour, {64, 48}),
                                      sequence);
}

MediaHeader headerOf(const QByteArray &message)
{
    MediaHeader header;
    parseMediaHeader(message, &header);
    return header;
}

// Holds one decode thread until released, so a test can build a backlog behind it. The state
// is shared with the job, and the gate opens when it goes out of scope, so a failed check never
// leaves a decode thread waiting on freed memory (or the test hanging in the join).
class Gate
{
public:
    ~Gate() { open(); }
    void hold(DecodeThreads &threads, int index)
    {
        threads.post(index, [state = m_state] {
            std::unique_lock lock(state->mutex);
            state->entered = true;
            state->changed.notify_all();
            state->changed.wait(lock, [&] { return state->open; });
        });
        std::unique_lock lock(m_state->mutex);
        m_state->changed.wait(lock, [this] { return m_state->entered; });
    }
    void open()
    {
        std::lock_guard lock(m_state->mutex);
        m_state->open = true;
        m_state->changed.notify_all();
    }

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool entered = false;
        bool open = false;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

std::shared_ptr<SourceFeed> feed(const char *name)
{
    return std::make_shared<SourceFeed>(QString::fromLatin1(name), 48000, 2);
}
}  // namespace

class TestDecodeLane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lanesSpreadOverTheThreads()
    {
        auto threads = std::make_shared<DecodeThreads>(2);
        auto a = std::make_unique<DecodeLane>(threads, feed("a"), QStringLiteral("a"));
        auto b = std::make_unique<DecodeLane>(threads, feed("b"), QStringLiteral("b"));
        QVERIFY(a->threadIndex() != b->threadIndex());
        auto c = std::make_unique<DecodeLane>(threads, feed("c"), QStringLiteral("c"));
        QCOMPARE(threads->lanesPerThread(), (std::vector<int>{2, 1}));
        a.reset();
        QCOMPARE(threads->lanesPerThread(), (std::vector<int>{1, 1}));
        // Really two threads: each records who ran its job.
        std::mutex mutex;
        std::set<std::thread::id> ids;
        std::atomic<int> done{0};
        for (int i = 0; i < 2; ++i) {
            threads->post(i, [&] {
                std::lock_guard lock(mutex);
                ids.insert(std::this_thread::get_id());
                ++done;
            });
        }
        QTRY_COMPARE(done.load(), 2);
        QCOMPARE(ids.size(), size_t(2));
        QVERIFY(!ids.count(std::this_thread::get_id()));
    }

    void framesDecodeInOrderIntoTheSlot()
    {
        auto threads = std::make_shared<DecodeThreads>(2);
        auto source = feed("cam");
        DecodeLane lane(threads, source, QStringLiteral("cam"));
        const QList<QColor> colours{Qt::red, Qt::green, Qt::blue};
        for (int i = 0; i < colours.size(); ++i) {
            const QByteArray message = jpegMessage(colours[i], uint32_t(i));
            QVERIFY(lane.submit(headerOf(message), message, FrameStamps{1, 0}));
        }
        QTRY_COMPARE(lane.totals().decoded, int64_t(3));
        QCOMPARE(lane.totals().width, 64);
        QCOMPARE(lane.totals().height, 48);
        QVERIFY(lane.totals().decodeUs > 0);
        QImage frame;
        uint64_t generation = 0;
        QVERIFY(source->frames().take(&frame, &generation, 0));
        const QColor c = frame.pixelColor(32, 24);
        QVERIFY2(c.blue() > 200 && c.red() < 40 && c.green() < 40, qPrintable(c.name()));  // the last one
    }

    void aBackloggedLaneRefuses()
    {
        auto threads = std::make_shared<DecodeThreads>(1);
        DecodeLane lane(threads, feed("cam"), QStringLiteral("cam"));
        Gate gate;
        gate.hold(*threads, lane.threadIndex());
        const QByteArray message = jpegMessage(Qt::white, 0);
        int accepted = 0;
        for (int i = 0; i < DecodeLane::kMaxQueued + 2; ++i)
            accepted += lane.submit(headerOf(message), message, FrameStamps{1, 0});
        QCOMPARE(accepted, DecodeLane::kMaxQueued);
        QCOMPARE(lane.totals().refused, int64_t(2));
        gate.open();
        QTRY_COMPARE(lane.totals().decoded, int64_t(DecodeLane::kMaxQueued));
        QVERIFY(lane.submit(headerOf(message), message, FrameStamps{1, 0}));  // room again
    }

    // A reconnecting source's new lane writes into the same slot: while the old lane's frames
    // are still queued it runs on their thread, after them (they never land in the slot), even
    // though another thread is less busy.
    void aReconnectsLaneFollowsTheOldOnesQueuedWork()
    {
        auto threads = std::make_shared<DecodeThreads>(2);
        auto source = feed("cam");
        auto old = std::make_unique<DecodeLane>(threads, source, QStringLiteral("cam"));
        const int thread = old->threadIndex();
        threads->bind(thread);  // two more sources there: the other thread is now the less busy
        threads->bind(thread);
        Gate gate;
        gate.hold(*threads, thread);
        const QByteArray white = jpegMessage(Qt::white, 0);
        QVERIFY(old->submit(headerOf(white), white, FrameStamps{1, 0}));
        QVERIFY(old->submit(headerOf(white), white, FrameStamps{1, 0}));
        old.reset();  // never waits, even with its thread held
        DecodeLane next(threads, source, QStringLiteral("cam"));
        QCOMPARE(next.threadIndex(), thread);
        const QByteArray blue = jpegMessage(Qt::blue, 1);
        QVERIFY(next.submit(headerOf(blue), blue, FrameStamps{1, 0}));
        gate.open();
        QTRY_COMPARE(next.totals().decoded, int64_t(1));
        QCOMPARE(source->frames().counters().published, int64_t(1));
        QImage frame;
        uint64_t generation = 0;
        QVERIFY(source->frames().take(&frame, &generation, 0));
        const QColor c = frame.pixelColor(32, 24);
        QVERIFY2(c.blue() > 200 && c.red() < 40, qPrintable(c.name()));
    }

    // Once the old lane's work is done, a reconnect goes to the least busy thread.
    void aReconnectAfterTheWorkIsDoneGoesWhereItIsQuiet()
    {
        auto threads = std::make_shared<DecodeThreads>(2);
        auto source = feed("cam");
        auto old = std::make_unique<DecodeLane>(threads, source, QStringLiteral("cam"));
        const int thread = old->threadIndex();
        threads->bind(thread);
        threads->bind(thread);
        const QByteArray white = jpegMessage(Qt::white, 0);
        QVERIFY(old->submit(headerOf(white), white, FrameStamps{1, 0}));
        QTRY_COMPARE(old->totals().decoded, int64_t(1));
        old.reset();
        QTRY_COMPARE(source->busyDecodeThread(), -1);
        DecodeLane next(threads, source, QStringLiteral("cam"));
        QCOMPARE(next.threadIndex(), 1 - thread);
    }

    // A decoder that lost H.264 sync asks for a keyframe at once, from the decode thread.
    void aLostSyncNotifiesOnce()
    {
        auto threads = std::make_shared<DecodeThreads>(1);
        DecodeLane lane(threads, feed("cam"), QStringLiteral("cam"));
        std::atomic<int> notified{0};
        lane.setKeyframeNotifier([&notified] { ++notified; });
        MediaHeader delta;
        delta.kind = MediaKind::Video;
        delta.codec = MediaCodec::H264;
        delta.width = 64;
        delta.height = 48;
        QByteArray message(kHeaderBytes, '\0');
        writeMediaHeader(delta, reinterpret_cast<uint8_t *>(message.data()));
        message += QByteArray::fromHex("00000001419a0000");  // a delta slice before any keyframe
        for (int i = 0; i < 3; ++i)
            QVERIFY(lane.submit(delta, message, FrameStamps{1, 0}));
        std::atomic<bool> drained{false};  // a job behind the three: they have all run
        threads->post(lane.threadIndex(), [&drained] { drained = true; });
        QTRY_VERIFY(drained.load());
        QCOMPARE(notified.load(), 1);
        QVERIFY(lane.takeKeyframeRequest());
        QVERIFY(!lane.takeKeyframeRequest());
    }

    void aPreferredThreadWinsOverTheLeastBusy()
    {
        DecodeThreads threads(2);
        QCOMPARE(threads.bind(), 0);
        QCOMPARE(threads.bind(), 1);
        QCOMPARE(threads.bind(), 0);
        QCOMPARE(threads.bind(0), 0);  // 3 lanes there, 1 on the other
        QCOMPARE(threads.bind(7), 1);  // no such thread: the least busy
        QCOMPARE(threads.lanesPerThread(), (std::vector<int>{3, 2}));
    }

    void garbageIsCountedNotFatal()
    {
        auto threads = std::make_shared<DecodeThreads>(1);
        DecodeLane lane(threads, feed("cam"), QStringLiteral("cam"));
        QByteArray message = jpegMessage(Qt::white, 0);
        message.truncate(kHeaderBytes + 40);
        message.append(QByteArray(200, '\x5a'));
        QVERIFY(lane.submit(headerOf(message), message, FrameStamps{1, 0}));
        const QByteArray good = jpegMessage(Qt::white, 1);
        QVERIFY(lane.submit(headerOf(good), good, FrameStamps{1, 0}));
        QTRY_COMPARE(lane.totals().decoded, int64_t(1));
        QCOMPARE(lane.totals().errors, int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestDecodeLane)
#include "tst_decodelane.moc"
