// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/secretredactor.h"

#include <QTest>
#include <QUrl>

using namespace vida3;

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::newRow("X key in URL") << QStringLiteral("6ep48v6ar5q4")
                                      << QStringLiteral("connect rtmps://de.pscp.tv:443/x/6ep48v6ar5q4 failed");
        QTest::newRow("Facebook key with query") << QStringLiteral("FB-123?s_bl=1&s_sw=0")
                                                 << QStringLiteral("fname = FB-123?s_bl=1&s_sw=0, done");
        QTest::newRow("percent-encoded") << QStringLiteral("key with&odd")
                                         << QStringLiteral("url /app/key%20with%26odd");
        QTest::newRow("twice") << QStringLiteral("live_abcdef") << QStringLiteral("live_abcdef live_abcdef");
    }
    void redacts()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        SecretRedactor redactor;
        redactor.addSecret(secret);
        const QString out = redactor.redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(!out.contains(QString::fromUtf8(QUrl::toPercentEncoding(secret))));
        QVERIFY(out.contains(SecretRedactor::kMask));
    }

    void removedSecretIsNoLongerMasked()
    {
        SecretRedactor redactor;
        redactor.addSecret(QStringLiteral("abcdef123"));
        redactor.removeSecret(QStringLiteral("abcdef123"));
        QCOMPARE(redactor.redact(QStringLiteral("abcdef123")), QStringLiteral("abcdef123"));
    }

    void tooShortToMaskWords()
    {
        SecretRedactor redactor;
        redactor.addSecret(QStringLiteral("a"));
        QCOMPARE(redactor.redact(QStringLiteral("a cat")), QStringLiteral("a cat"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
