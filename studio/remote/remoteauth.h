// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace vida3::studio::remote {

// obs-websocket's challenge-response: secret = base64(sha256(password + salt)), and a client
// proves it knows the password with base64(sha256(secret + challenge)) for a fresh challenge
// per connection. Only the salt and the secret are kept; the password itself is not.
class RemoteAuth
{
public:
    // A fresh random salt; an empty password is refused by the callers (auth is always on).
    static RemoteAuth fromPassword(const QString &password);
    // For tests: a fixed salt.
    static RemoteAuth fromPassword(const QString &password, const QByteArray &salt);

    QByteArray salt() const { return m_salt; }
    // base64 of 32 random bytes.
    static QByteArray newChallenge();
    // What a client holding password answers to challenge (tests, and the check below).
    static QByteArray answer(const QString &password, const QByteArray &salt, const QByteArray &challenge);
    // Constant-time comparison with the expected answer.
    bool check(const QByteArray &challenge, const QByteArray &authentication) const;

    // A password that is good to generate: 24 characters from 62, about 143 bits.
    static QString generatePassword();

private:
    QByteArray m_salt;
    QByteArray m_secret;
};

}  // namespace vida3::studio::remote
