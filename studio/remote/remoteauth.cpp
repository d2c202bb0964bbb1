// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/remoteauth.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace vida3::studio::remote {

namespace {
QByteArray randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64();
}

QByteArray sha256Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64();
}
}  // namespace

RemoteAuth RemoteAuth::fromPassword(const QString &password)
{
    return fromPassword(password, randomBase64(32));
}

RemoteAuth RemoteAuth::fromPassword(const QString &password, const QByteArray &salt)
{
    RemoteAuth auth;
    auth.m_salt = salt;
    auth.m_secret = sha256Base64(password.toUtf8() + salt);
    return auth;
}

QByteArray RemoteAuth::newChallenge()
{
    return randomBase64(32);
}

QByteArray RemoteAuth::answer(const QString &password, const QByteArray &salt, const QByteArray &challenge)
{
    return sha256Base64(sha256Base64(password.toUtf8() + salt) + challenge);
}

bool RemoteAuth::check(const QByteArray &challenge, const QByteArray &authentication) const
{
    const QByteArray expected = sha256Base64(m_secret + challenge);
    if (expected.size() != authentication.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ authentication[i]);
    return diff == 0;
}

QString RemoteAuth::generatePassword()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(62)]));
    return password;
}

}  // namespace vida3::studio::remote
