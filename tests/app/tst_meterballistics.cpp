// SPDX-License-Identifier: GPL-2.0-or-later
// The mixer meters' movement against OBS's published numbers (reference/audio-camera.md §1.3).
#include "app/mixer/meterballistics.h"

#include <QTest>

#include <cmath>

using vida3::app::MeterBallistics;

namespace {
void feed(MeterBallistics &m, double peak, double rms, double seconds, double step = 1.0 / 60)
{
    for (double t = 0; t < seconds - 1e-9; t += step)
        m.update(peak, rms, step);
}
}  // namespace

class TestMeterBallistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peakRisesAtOnceAndFallsAtPpmSpeed()
    {
        MeterBallistics m;
        m.update(-6, -9, 1.0 / 60);
        QCOMPARE(m.peak(), -6.0);
        feed(m, -60, -60, 1.0);  // silence for a second: 23.53 dB down
        QVERIFY2(std::abs(m.peak() - (-6 - 23.53)) < 0.5, qPrintable(QString::number(m.peak())));
        feed(m, -60, -60, 2.0);
        QCOMPARE(m.peak(), MeterBallistics::kFloorDb);  // floored, not below the scale
    }

    void rmsIntegratesTo99PercentIn300Ms()
    {
        MeterBallistics m;
        feed(m, -20, -20, 0.3);
        // 99 % of the 40 dB step from the floor.
        QVERIFY2(std::abs(m.rms() - (-20.4)) < 0.3, qPrintable(QString::number(m.rms())));
        MeterBallistics early;
        feed(early, -20, -20, 0.1);
        QVERIFY(early.rms() < -25);  // not a jump
    }

    void holdStays20Seconds()
    {
        MeterBallistics m;
        m.update(-3, -6, 0.016);
        feed(m, -40, -43, 19.5);
        QCOMPARE(m.hold(), -3.0);
        feed(m, -40, -43, 1.0);
        QCOMPARE(m.hold(), -40.0);  // released to the current peak
    }

    void clipLightsForOneSecond()
    {
        MeterBallistics m;
        m.update(0.0, -3, 0.016);
        QVERIFY(m.clipping());
        feed(m, -20, -23, 0.9);
        QVERIFY(m.clipping());
        feed(m, -20, -23, 0.2);
        QVERIFY(!m.clipping());
    }
};

QTEST_GUILESS_MAIN(TestMeterBallistics)
#include "tst_meterballistics.moc"
