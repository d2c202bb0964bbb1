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
        QCOMPARE(clock.advance(0, origin + milliseconds(100)), 6);
        QCOMPARE(clock.missed(), 5);
    }
};

QTEST_GUILESS_MAIN(TestFrameClock)
#include "tst_frameclock.moc"
