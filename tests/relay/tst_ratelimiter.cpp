// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/originpolicy.h"
#include "studio/relay/ratelimiter.h"

#include <QTest>

using namespace vida3::studio::relay;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_data()
    {
        QTest::addColumn<QList<qint64>>("timesMs");
        QTest::addColumn<QList<bool>>("allowed");
        QList<qint64> ten;
        QList<bool> tenOk;
        for (int i = 0; i < 10; ++i) {
            ten << i * 100;
            tenOk << true;
        }
        QTest::newRow("ten in a minute") << ten << tenOk;
        QTest::newRow("eleventh refused") << (QList<qint64>(ten) << 1000) << (QList<bool>(tenOk) << false);
        QTest::newRow("slides after a minute") << (QList<qint64>(ten) << 1000 << 60000 << 60050 << 60100)
                                              << (QList<bool>(tenOk) << false << true << false << true);
        QTest::newRow("refusals do not extend the ban")
            << (QList<qint64>(ten) << 30000 << 40000 << 59950 << 60950)
            << (QList<bool>(tenOk) << false << false << false << true);
    }
    void window()
    {
        QFETCH(QList<qint64>, timesMs);
        QFETCH(QList<bool>, allowed);
        RateLimiter limiter(10, 60000);
        for (qsizetype i = 0; i < timesMs.size(); ++i)
            QCOMPARE(limiter.allow(QStringLiteral("127.0.0.1"), timesMs[i]), allowed[i]);
    }

    void addressesAreIndependent()
    {
        RateLimiter limiter(1, 60000);
        QVERIFY(limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(!limiter.allow(QStringLiteral("a"), 1));
        QVERIFY(limiter.allow(QStringLiteral("b"), 1));
    }

    void memoryIsBounded()
    {
        RateLimiter limiter(10, 1000, 100);
        for (int i = 0; i < 1000; ++i)
            limiter.allow(QString::number(i), 0);
        QCOMPARE(limiter.trackedKeys(), 100);
        QVERIFY(limiter.allow(QStringLiteral("new"), 5000));  // the idle ones are forgotten
        QVERIFY(limiter.trackedKeys() <= 100);
    }

    void origins_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("no origin (a program)") << QString() << true;
        QTest::newRow("file page") << QStringLiteral("null") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1") << true;
        QTest::newRow("[::1] https") << QStringLiteral("https://[::1]:3000") << true;
        QTest::newRow("upper case") << QStringLiteral("HTTP://LOCALHOST:1") << true;
        QTest::newRow("remote site") << QStringLiteral("https://evil.example") << false;
        QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("with path") << QStringLiteral("http://localhost/x") << false;
        QTest::newRow("user info") << QStringLiteral("http://localhost@evil.example") << false;
        QTest::newRow("other scheme") << QStringLiteral("chrome-extension://abc") << false;
        QTest::newRow("configured") << QStringLiteral("https://studio.example:8443") << true;
    }
    void origins()
    {
        QFETCH(QString, origin);
        QFETCH(bool, allowed);
        const OriginPolicy policy({QStringLiteral("https://studio.example:8443")});
        QCOMPARE(policy.allows(origin), allowed);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
