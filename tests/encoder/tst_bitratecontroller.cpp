// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/bitratecontroller.h"

#include <QTest>

#include <algorithm>

using namespace vida3::encoder;
using Sample = BitrateController::Sample;

class TestBitrateController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearLinkKeepsNominal()
    {
        BitrateController c({});
        for (int i = 0; i < 10; ++i)
            QCOMPARE(c.update({{20, 4100}}), 4000);
    }

    // A 1500 kbps link under a 4000 kbps stream: the first congested second already lands
    // below what the link carries (video only, backlog drained), and it keeps converging.
    void congestionFollowsTheSlowLink()
    {
        BitrateController c({});
        const int first = c.update({{400, 1500}});
        QVERIFY2(first <= 1500 - 128, qPrintable(QString::number(first)));
        QVERIFY(first >= 1000);
        const int second = c.update({{600, 1500}});
        QVERIFY(second <= first);
    }

    void slowestOfSeveralDestinationsDecides()
    {
        BitrateController c({});
        const int target = c.update({{10, 4100}, {500, 2000}, {30, 4100}});
        QVERIFY(target <= 2000 - 128);
    }

    void recoversInStepsWhenClear()
    {
        BitrateController c({});
        c.update({{800, 1200}});
        const int low = c.targetKbps();
        int previous = low;
        int seconds = 0;
        while (c.targetKbps() < 4000 && seconds < 120) {
            const int now = c.update({{0, 0}});
            QVERIFY(now >= previous);
            QVERIFY(now - previous <= 600);  // steps, not a jump
            previous = now;
            ++seconds;
        }
        QCOMPARE(c.targetKbps(), 4000);
        qInfo("recovered from %d to 4000 kbps in %d s", low, seconds);
        QVERIFY(seconds <= 60);
    }

    // A link capped at 1800 kbps for a minute under a 4000 kbps stream (what tst_congestion does
    // through a throttling proxy): after the first cut the rate settles near what the link
    // carries instead of climbing back in full steps and overrunning it again and again.
    void settlesUnderACappedLink()
    {
        BitrateController c({});
        constexpr double linkKbps = 1800;
        double queueMs = 0;
        int congestedSeconds = 0;
        int highest = 0;
        for (int second = 0; second < 60; ++second) {
            const double offered = c.targetKbps() + 128.0;
            // The queue grows by what the link could not take this second (in ms of stream).
            queueMs = std::max(0.0, queueMs + (offered - linkKbps) / offered * 1000.0);
            const double sent = std::min(offered + queueMs * offered / 1000.0, linkKbps);
            c.update({{static_cast<int>(queueMs), sent}});
            if (second >= 5) {
                congestedSeconds += queueMs >= 250;
                highest = std::max(highest, c.targetKbps());
            }
        }
        qInfo("after settling: %d congested seconds, highest target %d kbps", congestedSeconds, highest);
        // At most a small probe or two past the 1672 kbps of video the link carries.
        QVERIFY2(highest <= 2000, qPrintable(QString::number(highest)));
        QVERIFY2(congestedSeconds <= 6, qPrintable(QString::number(congestedSeconds)));
    }

    // The same cap as a real link shows it: the kernel's socket buffer (512 KiB, what the
    // RTMP output asks for) takes the first seconds of overload at the full rate, so the queue
    // grows late and the first congested second reads above the link; the queue drops frames
    // past 900 ms as the output does. Cap from 8 s to 30 s, then the link clears.
    void settlesBehindASocketBufferAndRecovers()
    {
        BitrateController c({});
        constexpr double bufferBytes = 512 * 1024;
        constexpr int capFrom = 80, capTo = 300, end = 600;  // 100 ms ticks
        double kernelBytes = 0, queueBytes = 0, acceptedBytes = 0, droppedMs = 0;
        int recoveredTick = -1, firstCut = -1;
        double settledSum = 0, settledSeconds = 0;
        for (int tick = 0; tick < end; ++tick) {
            const bool capped = tick >= capFrom && tick < capTo;
            const double offeredPerTick = (c.targetKbps() + 128.0) * 1000 / 8 / 10;
            const double linkPerTick = (capped ? 1800.0 : 100000.0) * 1000 / 8 / 10;
            queueBytes += offeredPerTick;
            const double accepted = std::min(queueBytes, bufferBytes - kernelBytes);
            queueBytes -= accepted;
            acceptedBytes += accepted;
            kernelBytes = std::max(0.0, kernelBytes + accepted - linkPerTick);
            const double perMs = offeredPerTick / 100;
            if (queueBytes / perMs > 900) {
                droppedMs += queueBytes / perMs - 900;
                queueBytes = 900 * perMs;
            }
            if (tick % 10 != 9)
                continue;
            const int target = c.update({{static_cast<int>(queueBytes / perMs), acceptedBytes * 8 / 1000}});
            acceptedBytes = 0;
            if (capped && firstCut < 0 && target < 4000)
                firstCut = tick;
            if (capped && firstCut >= 0 && tick > firstCut + 20) {
                settledSum += target;
                ++settledSeconds;
            }
            if (!capped && tick > capTo && recoveredTick < 0 && target >= 3500)
                recoveredTick = tick;
        }
        const double settledKbps = settledSum / settledSeconds;
        qInfo("cut %.0f s after the cap; %.0f kbps on average under it; %.1f s of video dropped; "
              "back to 3500 kbps %.0f s after it cleared",
              (firstCut - capFrom) / 10.0, settledKbps, droppedMs / 1000, (recoveredTick - capTo) / 10.0);
        QVERIFY(firstCut > 0 && firstCut - capFrom <= 60);
        // Uses the link (1672 kbps of video) without living above it.
        QVERIFY2(settledKbps >= 1000 && settledKbps <= 1900, qPrintable(QString::number(settledKbps)));
        QVERIFY2(droppedMs <= 2000, qPrintable(QString::number(droppedMs)));
        QVERIFY2(recoveredTick > 0 && recoveredTick - capTo <= 140, qPrintable(QString::number(recoveredTick)));
    }

    // Inside one congestion episode a draining link keeps carrying its rate; a second that
    // reads low (a write blocked across its edge) does not throw the stream to the minimum, but
    // a link that really fell is still followed, 10 % a second at least.
    void oneLowReadingDoesNotCollapseTheRate()
    {
        BitrateController c({});
        c.update({{400, 2500}});  // the first congested second: partly buffered, reads high
        c.update({{600, 1900}});
        const int afterLow = c.update({{900, 300}});
        QVERIFY2(afterLow >= 1100, qPrintable(QString::number(afterLow)));
        int seconds = 0;
        while (c.targetKbps() > 300 && seconds < 60) {
            c.update({{1200, 300}});
            ++seconds;
        }
        QVERIFY2(seconds <= 15, qPrintable(QString::number(seconds)));
    }

    // A link that falls sharply: the second second's low reading is the truth (the first one
    // was inflated by the socket buffer), so the ceiling follows it and the climb back is
    // careful below the link instead of racing past it.
    void sharpDropSetsALowCeiling()
    {
        BitrateController c({});
        c.update({{400, 3000}});  // partly buffered
        c.update({{1100, 1000}});
        c.update({{1500, 1000}});
        // Six clear seconds, three steps: small ones near the 800 kbps the link carried (an
        // inflated ceiling of 2800 would give full 600 kbps steps: 2300 by now).
        int highest = 0;
        for (int i = 0; i < 6; ++i)
            highest = std::max(highest, c.update({{0, 1000}}));
        QVERIFY2(highest <= 1300, qPrintable(QString::number(highest)));
    }

    void neverBelowMinimumOrAboveNominal()
    {
        BitrateController::Options o;
        o.minKbps = 500;
        BitrateController c(o);
        for (int i = 0; i < 20; ++i)
            c.update({{3000, 50}});
        QCOMPARE(c.targetKbps(), 500);
        for (int i = 0; i < 200; ++i)
            c.update({});
        QVERIFY(c.targetKbps() <= 4000);
    }

    void unmeasurableLinkStillConverges()
    {
        // sendKbps 0 (nothing got through): at least 10 % down per congested second.
        BitrateController c({});
        QVERIFY(c.update({{500, 0}}) <= 3600);
    }
};

QTEST_GUILESS_MAIN(TestBitrateController)
#include "tst_bitratecontroller.moc"
