// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/bitratecontroller.h"

#include <QTest>

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
