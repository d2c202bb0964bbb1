// SPDX-License-Identifier: GPL-2.0-or-later
// What controllers hear as a stream or recording changes state: obs-websocket's outputState
// sequence, STARTED after a start that only went live through a reconnect (a backup server
// taking over), and the running time for outputTimecode.
#include "studio/remote/obsnames.h"

#include <QTest>

using namespace vida3::studio::remote;
using S = vida3::encoder::OutputState;

Q_DECLARE_METATYPE(QList<S>)

class TestObsOutputTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<bool>("reconnects");
        QTest::addColumn<QList<S>>("states");
        QTest::addColumn<QStringList>("heard");
        QTest::newRow("start and stop") << true << QList<S>{S::Connecting, S::Live, S::Stopping, S::Stopped}
                                        << QStringList{QStringLiteral("STARTING"), QStringLiteral("STARTED"), QStringLiteral("STOPPING"), QStringLiteral("STOPPED")};
        QTest::newRow("a dropped connection comes back")
            << true << QList<S>{S::Connecting, S::Live, S::Reconnecting, S::Live}
            << QStringList{QStringLiteral("STARTING"), QStringLiteral("STARTED"), QStringLiteral("RECONNECTING"), QStringLiteral("RECONNECTED")};
        QTest::newRow("the backup takes over at the start")
            << true << QList<S>{S::Connecting, S::Reconnecting, S::Live}
            << QStringList{QStringLiteral("STARTING"), QStringLiteral("STARTED")};
        QTest::newRow("a start that fails") << true << QList<S>{S::Connecting, S::Failed}
                                            << QStringList{QStringLiteral("STARTING"), QStringLiteral("STOPPING"), QStringLiteral("STOPPED")};
        QTest::newRow("live straight away") << true << QList<S>{S::Live, S::Stopped}
                                            << QStringList{QStringLiteral("STARTING"), QStringLiteral("STARTED"), QStringLiteral("STOPPING"), QStringLiteral("STOPPED")};
        QTest::newRow("a recording does not reconnect")
            << false << QList<S>{S::Connecting, S::Live, S::Reconnecting, S::Live, S::Stopped}
            << QStringList{QStringLiteral("STARTING"), QStringLiteral("STARTED"), QStringLiteral("STOPPING"), QStringLiteral("STOPPED")};
        QTest::newRow("repeated states say nothing") << true << QList<S>{S::Connecting, S::Connecting, S::Live, S::Live}
                                                     << QStringList{QStringLiteral("STARTING"), QStringLiteral("STARTED")};
    }
    void sequences()
    {
        QFETCH(bool, reconnects);
        QFETCH(QList<S>, states);
        QFETCH(QStringList, heard);
        ObsOutputTracker tracker(reconnects);
        QStringList got;
        for (S state : states) {
            for (const ObsOutputEvent &e : tracker.update(state, 0)) {
                got.append(e.state.mid(QStringLiteral("OBS_WEBSOCKET_OUTPUT_").size()));
                // outputActive is true only once it is on air.
                QCOMPARE(e.active, e.state.endsWith(u"STARTED") || e.state.endsWith(u"RECONNECTED"));
            }
        }
        QCOMPARE(got, heard);
    }

    void runningTimeCountsFromTheStart()
    {
        ObsOutputTracker tracker(true);
        QCOMPARE(tracker.runningMs(500), 0);
        (void)tracker.update(S::Connecting, 1000);
        (void)tracker.update(S::Live, 1300);
        QCOMPARE(tracker.runningMs(4000), 3000);
        (void)tracker.update(S::Reconnecting, 5000);
        QCOMPARE(tracker.runningMs(6000), 5000);  // still running while it reconnects
        (void)tracker.update(S::Stopped, 7000);
        QCOMPARE(tracker.runningMs(8000), 0);
    }

    void pausedTimeIsNotCounted()
    {
        ObsOutputTracker tracker(false);
        QVERIFY(tracker.pause(true, 500).isEmpty());  // nothing to pause before it runs
        (void)tracker.update(S::Connecting, 1000);
        (void)tracker.update(S::Live, 1100);
        const QList<ObsOutputEvent> paused = tracker.pause(true, 3000);
        QCOMPARE(paused, (QList<ObsOutputEvent>{{true, QStringLiteral("OBS_WEBSOCKET_OUTPUT_PAUSED")}}));
        QVERIFY(tracker.paused());
        QVERIFY(tracker.pause(true, 3500).isEmpty());  // already paused: no second event
        QCOMPARE(tracker.runningMs(5000), 2000);       // stands still while paused
        const QList<ObsOutputEvent> resumed = tracker.pause(false, 6000);
        QCOMPARE(resumed, (QList<ObsOutputEvent>{{true, QStringLiteral("OBS_WEBSOCKET_OUTPUT_RESUMED")}}));
        QVERIFY(!tracker.paused());
        QCOMPARE(tracker.runningMs(7000), 3000);
        (void)tracker.pause(true, 8000);
        (void)tracker.update(S::Stopped, 9000);  // stopping while paused ends the pause
        QVERIFY(!tracker.paused());
        (void)tracker.update(S::Connecting, 10000);
        QCOMPARE(tracker.runningMs(11000), 1000);  // a new recording starts from zero
    }
};

QTEST_GUILESS_MAIN(TestObsOutputTracker)
#include "tst_obsoutputtracker.moc"
