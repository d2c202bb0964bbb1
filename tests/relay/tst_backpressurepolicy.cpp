// SPDX-License-Identifier: GPL-2.0-or-later
// When the studio asks a page for fewer frames, and when it lets the page climb back.
#include "studio/relay/backpressurepolicy.h"

#include <QTest>

using vida3::studio::relay::BackpressurePolicy;
using Reason = BackpressurePolicy::Reason;

namespace {
// A 2-s window of a 30 fps page: 60 frames decoded, all shown, arriving fresh.
BackpressurePolicy::Window healthy()
{
    BackpressurePolicy::Window w;
    w.decoded = 60;
    w.stamped = 60;
    return w;
}
}  // namespace

class TestBackpressurePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overload_data()
    {
        QTest::addColumn<int>("outputLosses");
        QTest::addColumn<int>("late");
        QTest::addColumn<double>("relayLoad");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<int>("reason");  // -1: no hint
        QTest::newRow("healthy") << 0 << 0 << 0.3 << 0 << -1;
        // The output lost frames: every source slows down, whatever its own figures say.
        QTest::newRow("output losing frames") << 3 << 0 << 0.1 << 0 << int(Reason::OutputLosingFrames);
        QTest::newRow("one lost frame is noise") << 1 << 0 << 0.1 << 0 << -1;
        QTest::newRow("arriving late") << 0 << 20 << 0.1 << 0 << int(Reason::ArrivingLate);
        QTest::newRow("a few late frames") << 0 << 10 << 0.1 << 0 << -1;
        QTest::newRow("decoding saturated") << 0 << 0 << 0.9 << 0 << int(Reason::DecodingSaturated);
        // Half the frames never shown: a 60 fps page into a 30 fps studio.
        QTest::newRow("more than shown") << 0 << 0 << 0.2 << 30 << int(Reason::MoreThanShown);
        // A few replaced at equal rates is jitter, which pacing handles, not overload.
        QTest::newRow("jitter drops") << 0 << 0 << 0.2 << 12 << -1;
    }

    void overload()
    {
        QFETCH(int, outputLosses);
        QFETCH(int, late);
        QFETCH(double, relayLoad);
        QFETCH(int, dropped);
        QFETCH(int, reason);
        BackpressurePolicy policy(30);
        BackpressurePolicy::Window w = healthy();
        w.outputLosses = outputLosses;
        w.late = late;
        w.relayLoad = relayLoad;
        w.dropped = dropped;
        const auto hint = policy.update(w);
        if (reason < 0) {
            QVERIFY(!hint);
            return;
        }
        QVERIFY(hint);
        QCOMPARE(int(hint->reason), reason);
        QCOMPARE(hint->fps, 22);  // 30 arrived x 0.75
        QCOMPARE(hint->quality, 0.7);
    }

    // Down by a quarter per overloaded window to a floor of 5 fps; back up by a tenth of the
    // page's rate after every three calm windows, to the page's own rate and no further.
    void decreasesFastClimbsBackSlowly()
    {
        BackpressurePolicy policy(30);
        BackpressurePolicy::Window w = healthy();
        w.outputLosses = 5;
        QList<int> down;
        for (int i = 0; i < 8; ++i) {
            if (const auto hint = policy.update(w))
                down << hint->fps;
        }
        QCOMPARE(down, (QList<int>{22, 16, 12, 9, 6, 5}));
        w = healthy();
        QList<int> up;
        for (int i = 0; i < 3 * 10 + 2; ++i) {
            const auto hint = policy.update(w);
            if (hint) {
                QCOMPARE(hint->reason, Reason::Calm);
                up << hint->fps;
            }
        }
        QCOMPARE(up, (QList<int>{8, 11, 14, 17, 20, 23, 26, 29, 30}));
        QVERIFY(!policy.update(w));
    }

    // The decrease starts from what actually arrived when that is below the last hint.
    void decreasesFromWhatArrived()
    {
        BackpressurePolicy policy(60);
        BackpressurePolicy::Window w = healthy();
        w.decoded = 40;  // 20 fps arrived of the 60 the page wants
        w.relayLoad = 0.95;
        const auto hint = policy.update(w);
        QVERIFY(hint);
        QCOMPARE(hint->fps, 15);
        QCOMPARE(hint->reason, Reason::DecodingSaturated);
    }
};

QTEST_GUILESS_MAIN(TestBackpressurePolicy)
#include "tst_backpressurepolicy.moc"
