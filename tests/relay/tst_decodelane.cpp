// SPDX-License-Identifier: GPL-2.0-or-later
// Browser sources decode on their own threads: lanes spread over the decode threads, each
// lane decodes its source's frames in order into the source's slot, a backlogged lane refuses
// instead of queueing without end, and a closed lane's queued frames never reach the slot.
#include "studio/relay/decodelane.h"
#include "studio/relay/decodethreads.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/relayprotocol.h"
#include "studio/relay/sourcefeed.h"

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
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    MediaHeader header;
    header.kind = MediaKind::Video;
    header.codec = MediaCodec::Jpeg;
    header.flags = kFlagKeyframe;
    header.sequence = sequence;
    header.width = 64;
    header.height = 48;
    QByteArray message(kHeaderBytes, '\0');
    writeMediaHeader(header, reinterpret_cast<uint8_t *>(message.data()));
    return message + jpeg;
}

MediaHeader headerOf(const QByteArray &message)
{
    MediaHeader header;
    parseMediaHeader(message, &header);
    return header;
}

// Holds one decode thread until released, so a test can build a backlog behind it.
class Gate
{
public:
    void hold(DecodeThreads &threads, int index)
    {
        threads.post(index, [this] {
            std::unique_lock lock(m_mutex);
            m_entered = true;
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return m_open; });
        });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_entered; });
    }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_entered = false;
    bool m_open = false;
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

    // A reconnecting source's new lane writes into the same slot: it runs on the old lane's
    // thread, after the old lane's queued frames, which never land in the slot.
    void aReconnectsLaneFollowsTheOldOnesOnItsThread()
    {
        auto threads = std::make_shared<DecodeThreads>(2);
        auto source = feed("cam");
        auto other = std::make_unique<DecodeLane>(threads, feed("other"), QStringLiteral("other"));
        auto old = std::make_unique<DecodeLane>(threads, source, QStringLiteral("cam"));
        const int thread = old->threadIndex();
        QCOMPARE(source->decodeThread(), thread);
        auto third = std::make_unique<DecodeLane>(threads, feed("third"), QStringLiteral("third"));
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
