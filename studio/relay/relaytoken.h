// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QByteArray>
#include <QString>

namespace vida3::studio::relay {

// JWT for relay sources, HS256 only: {"alg":"HS256","typ":"JWT"} . {"sub": source,
// "aud": "vida3-relay", "iat", "exp"} . HMAC-SHA256 over the first two parts with the install
// secret. A small implementation on QMessageAuthenticationCode rather than libjwt: it fixes
// the algorithm instead of trusting the token's "alg", compares signatures in constant time,
// bounds every input before decoding it, and adds no run-time dependency.
// Reentrant; no state.
class RelayToken
{
public:
    static constexpr int kDefaultTtlSec = 24 * 3600;
    static constexpr int kMaxTtlSec = 365 * 24 * 3600;

    static QString audience() { return QStringLiteral("vida3-relay"); }

    // A token for source, valid from nowSec for ttlSec seconds.
    static QString issue(const QByteArray &secret, const QString &source, int64_t ttlSec, int64_t nowSec);

    // Ok when token is an HS256 JWT signed with secret, for audience() and source, with a
    // numeric "exp" after nowSec (and "nbf", if any, not after it). Errors are
    // ErrorCode::Rejected with a detail that never contains the token.
    static Status validate(const QString &token, const QByteArray &secret, const QString &source, int64_t nowSec);

    // Equal length and bytes, in time independent of where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

}  // namespace vida3::studio::relay
