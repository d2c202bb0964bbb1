// SPDX-License-Identifier: GPL-2.0-or-later
// The saved schedule: it survives a restart (a second Scheduler on the same file fires the
// entry the first one saved, on time), a start missed while the studio was closed is reported
// and never run late, weekly entries move on, and bad input changes nothing.
#include "studio/schedule/scheduler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vida3::studio;

namespace {
ScheduleEntry entry(const QString &id, const QDateTime &start, const QDateTime &stop = {}, bool weekly = false)
{
    ScheduleEntry e;
    e.id = id;
    e.output = ScheduleEntry::Output::Both;
    e.start = start;
    e.stop = stop;
    e.weekly = weekly;
    e.destinations = {QStringLiteral("Twitch")};
    e.scene = QStringLiteral("Live");
    return e;
}
}  // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesARestartAndFiresOnTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        const QDateTime start = QDateTime::currentDateTime().addMSecs(1500);
        const QDateTime stop = start.addMSecs(1000);
        {
            Scheduler first(path);
            QVERIFY(first.load());
            QVERIFY(first.add(entry(QStringLiteral("show"), start, stop)));
        }  // the studio quits
        Scheduler second(path);
        QSignalSpy started(&second, &Scheduler::startDue);
        QSignalSpy stopped(&second, &Scheduler::stopDue);
        QSignalSpy missed(&second, &Scheduler::missed);
        QVERIFY(second.load());
        QCOMPARE(second.entries().size(), 1);
        QCOMPARE(second.entries().first(), entry(QStringLiteral("show"), start, stop));
        QCOMPARE(second.next()->when, start);
        QVERIFY(started.wait(10000));
        const qint64 startLate = start.msecsTo(QDateTime::currentDateTime());
        QVERIFY2(startLate >= 0 && startLate < 1000, qPrintable(QString::number(startLate)));
        QVERIFY(stopped.wait(10000));
        const qint64 stopLate = stop.msecsTo(QDateTime::currentDateTime());
        QVERIFY2(stopLate >= 0 && stopLate < 1000, qPrintable(QString::number(stopLate)));
        QCOMPARE(missed.size(), 0);
        QCOMPARE(started.first().first().value<ScheduleEntry>().scene, QStringLiteral("Live"));
        // A one-off is done: gone from the file too.
        Scheduler third(path);
        QVERIFY(third.load());
        QVERIFY(third.entries().isEmpty());
    }

    void reportsAStartMissedWhileClosedAndNeverRunsItLate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        QDateTime now = QDateTime::currentDateTime();
        {
            Scheduler earlier(path, [&now] { return now; });
            QVERIFY(earlier.load());
            QVERIFY(earlier.add(entry(QStringLiteral("late"), now.addSecs(60), now.addSecs(3600))));
            QVERIFY(earlier.add(entry(QStringLiteral("weekly"), now.addSecs(120), now.addSecs(1800), true)));
        }
        now = now.addSecs(600);  // the studio was closed for ten minutes
        Scheduler later(path, [&now] { return now; });
        QSignalSpy started(&later, &Scheduler::startDue);
        QSignalSpy missed(&later, &Scheduler::missed);
        QVERIFY(later.load());
        QCOMPARE(missed.size(), 2);
        QCOMPARE(missed.at(0).at(0).value<ScheduleEntry>().id, QStringLiteral("late"));
        QCOMPARE(missed.at(0).at(1).toDateTime(), now.addSecs(-600 + 60));
        // The one-off is dropped, the weekly one moves to next week at the same time.
        QCOMPARE(later.entries().size(), 1);
        QCOMPARE(later.entries().first().start, now.addSecs(-600 + 120).addDays(7));
        QVERIFY(!started.wait(300));
    }

    void refusesWhatCannotHappen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        Scheduler scheduler(path);
        QVERIFY(scheduler.load());
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(!scheduler.add(entry(QStringLiteral("past"), now.addSecs(-5))));
        QVERIFY(!scheduler.add(entry(QStringLiteral("backwards"), now.addSecs(60), now.addSecs(30))));
        QVERIFY(!scheduler.remove(QStringLiteral("nothing")));
        QVERIFY(scheduler.entries().isEmpty());
        QVERIFY(!QFile::exists(path));  // nothing was written for refusals
    }

    void aDamagedFileIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        for (const QByteArray &bytes : {QByteArray("{"), QByteArray(R"({"version":9})"),
                                        QByteArray(R"({"version":1,"entries":[{"id":"x","start":"soon"}]})"),
                                        QByteArray(R"({"version":1,"entries":[{"start":"2030-01-01T10:00:00"}]})")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
            file.close();
            Scheduler scheduler(path);
            const vida3::Status loaded = scheduler.load();
            QVERIFY2(!loaded, bytes.constData());
            QVERIFY(loaded.error().detail.startsWith(u"schedule:"));
            QVERIFY(scheduler.entries().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
