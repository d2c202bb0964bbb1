// SPDX-License-Identifier: GPL-2.0-or-later
// --start-at / --stop-at times: the next HH:MM[:SS], ISO 8601, and clear refusals.
#include "studio/schedule/scheduletime.h"

#include <QTest>

using namespace vida3::studio;

class TestScheduleTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockTimesAreTheNextOne()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(18, 30, 0));
        QCOMPARE(parseScheduleTime(QStringLiteral("19:00"), now).value(), QDateTime(QDate(2026, 12, 2), QTime(19, 0)));
        QCOMPARE(parseScheduleTime(QStringLiteral("18:30:05"), now).value(), QDateTime(QDate(2026, 12, 2), QTime(18, 30, 5)));
        // Passed today: tomorrow.
        QCOMPARE(parseScheduleTime(QStringLiteral("08:00"), now).value(), QDateTime(QDate(2026, 12, 3), QTime(8, 0)));
        QCOMPARE(parseScheduleTime(QStringLiteral("18:30"), now).value(), QDateTime(QDate(2026, 12, 3), QTime(18, 30)));
    }
    void isoDatesAreTakenAsGiven()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(18, 30, 0));
        QCOMPARE(parseScheduleTime(QStringLiteral("2026-12-24T18:00"), now).value(), QDateTime(QDate(2026, 12, 24), QTime(18, 0)));
        QCOMPARE(parseScheduleTime(QStringLiteral("2026-12-24T18:00:00Z"), now)->toUTC(),
                 QDateTime(QDate(2026, 12, 24), QTime(18, 0), Qt::UTC));
    }
    void refusesNonsense_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"25:00", "12:60", "noon", "", "2026-13-01T10:00", "12"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void refusesNonsense()
    {
        QFETCH(QString, text);
        const auto at = parseScheduleTime(text, QDateTime::currentDateTime());
        QVERIFY(!at);
        QVERIFY(!at.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleTime)
#include "tst_scheduletime.moc"
