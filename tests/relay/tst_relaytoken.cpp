// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relaytoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using vida3::studio::relay::RelayToken;

namespace {
constexpr int64_t kNow = 1700000000;
const QByteArray kSecret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray part(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kB64);
}

// A token built by hand, to reach the cases RelayToken::issue never makes.
QString forge(const QJsonObject &header, const QJsonObject &claims, const QByteArray &secret,
              QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray input = part(header) + '.' + part(claims);
    return QString::fromLatin1(input + '.' + QMessageAuthenticationCode::hash(input, secret, algorithm).toBase64(kB64));
}

QJsonObject hs256()
{
    return {{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

QJsonObject claims(const QString &sub = QStringLiteral("overlay"), double exp = kNow + 60)
{
    return {{QStringLiteral("sub"), sub}, {QStringLiteral("aud"), QStringLiteral("vida3-relay")},
            {QStringLiteral("iat"), double(kNow)}, {QStringLiteral("exp"), exp}};
}
}  // namespace

class TestRelayToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("valid");
        const QString good = RelayToken::issue(kSecret, QStringLiteral("overlay"), 60, kNow);
        QTest::newRow("good") << good << kSecret << QStringLiteral("overlay") << true;
        QTest::newRow("hand-made HS256") << forge(hs256(), claims(), kSecret) << kSecret << QStringLiteral("overlay") << true;
        QTest::newRow("expired") << RelayToken::issue(kSecret, QStringLiteral("overlay"), 60, kNow - 61) << kSecret
                                 << QStringLiteral("overlay") << false;
        QTest::newRow("expires now") << RelayToken::issue(kSecret, QStringLiteral("overlay"), 0, kNow) << kSecret
                                     << QStringLiteral("overlay") << false;
        QTest::newRow("wrong signature") << good.left(good.size() - 2) + QStringLiteral("AA") << kSecret
                                         << QStringLiteral("overlay") << false;
        QTest::newRow("rotated secret") << good << QByteArray("another secret of 32 bytes......")
                                        << QStringLiteral("overlay") << false;
        QTest::newRow("wrong source") << good << kSecret << QStringLiteral("alerts") << false;
        QJsonObject none{{QStringLiteral("alg"), QStringLiteral("none")}};
        QTest::newRow("alg none, no signature")
            << QString::fromLatin1(part(none) + '.' + part(claims()) + '.') << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("alg none, signed") << forge(none, claims(), kSecret) << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("alg HS512") << forge({{QStringLiteral("alg"), QStringLiteral("HS512")}}, claims(), kSecret,
                                            QCryptographicHash::Sha512)
                                   << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("alg hs256 lower case") << forge({{QStringLiteral("alg"), QStringLiteral("hs256")}}, claims(), kSecret)
                                              << kSecret << QStringLiteral("overlay") << false;
        QJsonObject noExp = claims();
        noExp.remove(QStringLiteral("exp"));
        QTest::newRow("no exp") << forge(hs256(), noExp, kSecret) << kSecret << QStringLiteral("overlay") << false;
        QJsonObject textExp = claims();
        textExp.insert(QStringLiteral("exp"), QStringLiteral("9999999999"));
        QTest::newRow("exp as text") << forge(hs256(), textExp, kSecret) << kSecret << QStringLiteral("overlay") << false;
        QJsonObject otherAud = claims();
        otherAud.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
        QTest::newRow("wrong audience") << forge(hs256(), otherAud, kSecret) << kSecret << QStringLiteral("overlay") << false;
        QJsonObject future = claims();
        future.insert(QStringLiteral("nbf"), double(kNow + 30));
        QTest::newRow("not yet valid") << forge(hs256(), future, kSecret) << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("garbage") << QStringLiteral("garbage") << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("empty") << QString() << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("four parts") << good + QStringLiteral(".x") << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("padding") << good + QStringLiteral("=") << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("non-latin") << QStringLiteral("é.é.é") << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("huge") << QString(100000, u'a') << kSecret << QStringLiteral("overlay") << false;
        QTest::newRow("no secret") << good << QByteArray() << QStringLiteral("overlay") << false;
    }
    void validation()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, secret);
        QFETCH(QString, source);
        QFETCH(bool, valid);
        const auto status = RelayToken::validate(token, secret, source, kNow);
        QCOMPARE(bool(status), valid);
        if (!valid) {
            QCOMPARE(status.error().code, vida3::ErrorCode::Rejected);
            QVERIFY(!status.error().detail.contains(token) || token.isEmpty());
        }
    }

    void constantTimeEquals()
    {
        QVERIFY(RelayToken::constantTimeEquals("abc", "abc"));
        QVERIFY(!RelayToken::constantTimeEquals("abc", "abd"));
        QVERIFY(!RelayToken::constantTimeEquals("abc", "abcd"));
        QVERIFY(RelayToken::constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestRelayToken)
#include "tst_relaytoken.moc"
