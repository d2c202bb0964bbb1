// SPDX-License-Identifier: GPL-2.0-or-later
// Latency and phase: how the relay measures when a browser frame reaches a rendered frame, and
// how it lines the page's frames up with the render ticks.
#include "studio/relay/hellomessage.h"
#include "studio/relay/latestframeslot.h"
#include "studio/relay/phasealigner.h"
#include "studio/relay/senderclock.h"

#include <QTest>

#include <vector>

using namespace vida3::studio::relay;

namespace {
constexpr int kPeriodUs = 33'333;  // 30 fps

// Publishes one frame into slot at publishUs (received 2 ms before, captured capturedUs).
void publishAt(LatestFrameSlot &slot, int64_t publishUs, int64_t capturedUs = 0)
{
    QVERIFY(slot.beginWrite(QSize(4, 4), QImage::Format_ARGB32_Premultiplied));
    slot.publish(FrameStamps{publishUs - 2000, capturedUs}, publishUs);
}

// Waits of n frames landing around meanUs with a ±jitterUs spread, wrapped to the period.
std::vector<int> waits(int n, int meanUs, int jitterUs)
{
    std::vector<int> out;
    for (int i = 0; i < n; ++i) {
        const int jitter = n > 1 ? -jitterUs + 2 * jitterUs * i / (n - 1) : 0;
        out.push_back(((meanUs + jitter) % kPeriodUs + kPeriodUs) % kPeriodUs);
    }
    return out;
}
}  // namespace

class TestRelayTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The render thread takes a frame 10 ms after it was published: that is its wait; the
    // latency counts from receipt (12 ms) and from capture (25 ms), and the reader's period
    // comes from the gaps between its take() calls.
    void slotMeasuresLatencyWaitAndReaderPeriod()
    {
        LatestFrameSlot slot;
        QImage out;
        uint64_t generation = 0;
        int64_t tick = 1'000'000;
        for (int i = 0; i < 30; ++i, tick += kPeriodUs) {
            publishAt(slot, tick - 10'000, tick - 25'000);
            QVERIFY(slot.take(&out, &generation, tick));
            QVERIFY(!slot.take(&out, &generation, tick));  // nothing newer: no sample either
        }
        QCOMPARE(slot.latencyP50Ms(), 12);
        QCOMPARE(slot.captureLatencyPercentileMs(0.99), 25);
        const LatestFrameSlot::Phase phase = slot.drainPhase();
        QCOMPARE(phase.waitsUs.size(), size_t{30});
        QCOMPARE(phase.waitsUs.front(), 10'000);
        QCOMPARE(phase.readerPeriodUs, kPeriodUs);  // a second call in the same instant is no gap
        QVERIFY(slot.drainPhase().waitsUs.empty());  // drained
    }

    void slotPeriodIsTheMedianGapBetweenTicks()
    {
        LatestFrameSlot slot;
        QImage out;
        uint64_t generation = 0;
        int64_t tick = 1'000'000;
        for (int i = 0; i < 20; ++i, tick += kPeriodUs) {
            if (i == 7)
                tick += 40'000;  // one late tick does not move the median
            slot.take(&out, &generation, tick);
        }
        QCOMPARE(slot.drainPhase().readerPeriodUs, kPeriodUs);
    }

    void captureLatencyIsUnknownWithoutTheSendersClock()
    {
        LatestFrameSlot slot;
        QImage out;
        uint64_t generation = 0;
        publishAt(slot, 1'000'000);
        QVERIFY(slot.take(&out, &generation, 1'005'000));
        QCOMPARE(slot.captureLatencyPercentileMs(0.5), -1);
        QCOMPARE(slot.latencyP50Ms(), 7);
    }

    // The smallest (our clock − theirs) over recent reports is the offset: a report delayed
    // 30 ms in transit does not skew it.
    void senderClockTakesTheSmallestOffset()
    {
        SenderClock clock;
        QVERIFY(!clock.isKnown());
        QCOMPARE(clock.toSteadyUs(100, 5'000'000, 9'000'000), 0);
        const int64_t skew = 7'000'000'000;  // their clock is 7000 s behind ours
        clock.addReport(1'000'000'000'000, 1'000'000'000'000 + skew + 400);
        clock.addReport(1'000'001'000'000, 1'000'001'000'000 + skew + 30'000);
        // A frame they captured at T arrives here at our wall T + skew + 15 ms (steady 50 s).
        const int64_t captured = 1'000'002'000'000;
        const int64_t steady = clock.toSteadyUs(captured, 50'000'000, captured + skew + 15'000);
        QCOMPARE(steady, 50'000'000 - 15'000 + 400);
        // Implausible: "captured" 10 s ago, or well in the future.
        QCOMPARE(clock.toSteadyUs(captured, 50'000'000, captured + skew + 10'000'000), 0);
        QCOMPARE(clock.toSteadyUs(captured + 50'000, 50'000'000, captured + skew), 0);
        // The ring forgets old reports: after kReports worse ones, the offset is theirs.
        for (int i = 0; i < SenderClock::kReports; ++i)
            clock.addReport(1'000'003'000'000, 1'000'003'000'000 + skew + 2'000);
        QCOMPARE(clock.toSteadyUs(captured, 50'000'000, captured + skew + 15'000), 50'000'000 - 15'000 + 2'000);
    }

    void clockReportsParse()
    {
        const auto clock = parseControlMessage(R"({"type":"clock","us":1795490130222123})");
        QVERIFY(clock);
        QCOMPARE(clock->type, QStringLiteral("clock"));
        QCOMPARE(clock->clockUs.value_or(0), int64_t{1795490130222123});
        QVERIFY(!parseControlMessage(R"({"type":"clock","us":"soon"})")->clockUs);
        QVERIFY(!parseControlMessage(R"({"type":"clock","us":-5})")->clockUs);
        QVERIFY(!parseControlMessage(R"({"type":"bye","us":5})")->clockUs);
        QVERIFY(!parseControlMessage(R"({"us":5})"));
        QVERIFY(!parseControlMessage("[1]"));
    }

    void phaseAligner_data()
    {
        QTest::addColumn<int>("meanWaitUs");
        QTest::addColumn<int>("jitterUs");
        QTest::addColumn<int>("expectedShiftUs");  // 0: no hint
        // Frames arriving 20 ms before the tick wait 20 ms: capture them 12 ms later.
        QTest::newRow("early") << 20'000 << 1'000 << 12'000;
        // Shifts go the shorter way round: 17 ms later is the same as 16.3 ms sooner.
        QTest::newRow("shorter way") << 25'000 << 1'000 << -16'333;
        // Just after a tick (waits near a whole period): capture ~9 ms sooner, not 24 ms later.
        QTest::newRow("just missed") << 32'000 << 1'000 << -9'333;
        // Straddling the tick — some wait ~1 ms, others ~32 ms — is one cluster, not two.
        QTest::newRow("straddling") << 0 << 2'000 << -8'000;
        QTest::newRow("on target") << 8'000 << 1'500 << 0;
        QTest::newRow("within tolerance") << 11'500 << 1'000 << 0;
        // Waits spread over the whole period: the rates differ, no single shift helps.
        QTest::newRow("no stable phase") << 16'000 << 16'000 << 0;
    }

    void phaseAligner()
    {
        QFETCH(int, meanWaitUs);
        QFETCH(int, jitterUs);
        QFETCH(int, expectedShiftUs);
        const std::optional<int> shift = PhaseAligner::shiftUs(waits(40, meanWaitUs, jitterUs), kPeriodUs);
        if (expectedShiftUs == 0) {
            QVERIFY2(!shift, qPrintable(QString::number(shift.value_or(0))));
            return;
        }
        QVERIFY(shift);
        QVERIFY2(std::abs(*shift - expectedShiftUs) <= 300, qPrintable(QString::number(*shift)));
    }

    void phaseAlignerNeedsSamplesAndAPeriod()
    {
        QVERIFY(!PhaseAligner::shiftUs(waits(PhaseAligner::kMinSamples - 1, 25'000, 0), kPeriodUs));
        QVERIFY(!PhaseAligner::shiftUs(waits(40, 25'000, 0), 0));
        QVERIFY(PhaseAligner::shiftUs(waits(PhaseAligner::kMinSamples, 25'000, 0), kPeriodUs));
    }
};

QTEST_GUILESS_MAIN(TestRelayTiming)
#include "tst_relaytiming.moc"
