// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/frameclock.h"

#include <QTest>

using namespace std::chrono;
using vida3::studio::FrameClock;

class TestFrameClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Deadlines come from the index: 30 fps is exactly 1 s per 30 frames, with no drift
    // after an hour (integer nanoseconds, not a running sum of 33.333 ms).
    void deadlinesAreExact()
    {
        FrameClock clock(30);
        const auto origin = FrameClock::Clock::time_point{};
        clock.start(origin);
        QCOMPARE(clock.deadline(0), origin);
        QCOMPARE(clock.deadline(30) - origin, nanoseconds(1'000'000'000));
        QCOMPARE(clock.deadline(30 * 3600) - origin, nanoseconds(3600'000'000'000));
        QCOMPARE(clock.deadline(1) - origin, nanoseconds(33'333'333));
        QCOMPARE(clock.seconds(45), 1.5);
    }

    void onTimeAdvancesByOne()
    {
        FrameClock clock(30);
        const auto origin = FrameClock::Clock::time_point{};
        clock.start(origin);
        // Rendering took 20 ms of a 33 ms frame: next is frame 1, nothing missed.
        QCOMPARE(clock.advance(0, origin + milliseconds(20)), 1);
        // Slightly late (inside frame 2's interval) still renders frame 2.
        QCOMPARE(clock.advance(1, origin + milliseconds(60)), 2);
        QCOMPARE(clock.missed(), 0);
    }

    // A render thread woken late by a busy machine catches up instead of losing frames: a frame
    // less than kCatchUp overdue is rendered at once (the caller does not sleep for it).
    void aLateWakeUpCatchesUp()
    {
        FrameClock clock(30);
        const auto origin = FrameClock::Clock::time_point{};
        clock.start(origin);
        // Frame 0 finished at 90 ms: frames 1 (due 33 ms) and 2 (due 67 ms) are overdue but
        // within the allowance, so they come next, one after the other.
        QCOMPARE(clock.advance(0, origin + milliseconds(90)), 1);
        QVERIFY(clock.deadline(1) < origin + milliseconds(90));
        QCOMPARE(clock.advance(1, origin + milliseconds(92)), 2);
        QCOMPARE(clock.advance(2, origin + milliseconds(94)), 3);
        QCOMPARE(clock.missed(), 0);
        // Exactly at the allowance is still caught up; a nanosecond beyond is not.
        FrameClock edge(30);
        edge.start(origin);
        QCOMPARE(edge.advance(0, edge.deadline(1) + FrameClock::kCatchUp), 1);
        QCOMPARE(edge.missed(), 0);
        QVERIFY(edge.advance(1, edge.deadline(2) + FrameClock::kCatchUp + nanoseconds(1)) > 2);
        QVERIFY(edge.missed() > 0);
    }

    void lateByFramesCountsThemMissed()
    {
        FrameClock clock(30);
        const auto origin = FrameClock::Clock::time_point{};
        clock.start(origin);
        // Frame 0 took 150 ms: frames 1-3 are gone, frame 4 (due at 133 ms) is next.
        QCOMPARE(clock.advance(0, origin + milliseconds(150)), 4);
        QCOMPARE(clock.missed(), 3);
        QCOMPARE(clock.advance(4, origin + milliseconds(160)), 5);
        QCOMPARE(clock.missed(), 3);
    }

    void sixtyFps()
    {
        FrameClock clock(60);
        const auto origin = FrameClock::Clock::time_point{};
        clock.start(origin);
        QCOMPARE(clock.deadline(60) - origin, nanoseconds(1'000'000'000));
        // 150 ms late: beyond the allowance, frames 1-8 are gone and frame 9 (due 150 ms) is next.
        QCOMPARE(clock.advance(0, origin + milliseconds(150)), 9);
        QCOMPARE(clock.missed(), 8);
    }
};

QTEST_GUILESS_MAIN(TestFrameClock)
#include "tst_frameclock.moc"
