// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relaytoken.h"

#include "studio/relay/relayprotocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <array>
#include <cmath>

namespace vida3::studio::relay {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int kSignatureBytes = 32;  // SHA-256

Error rejected(const QString &detail)
{
    return Error{ErrorCode::Rejected, detail};
}

QByteArray sign(const QByteArray &secret, const QByteArray &signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

// Strict base64url without padding: anything else (padding, '+', '/', whitespace) fails.
bool decodePart(QByteArrayView part, QByteArray *out)
{
    for (const char c : part) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    const auto result = QByteArray::fromBase64Encoding(part.toByteArray(),
                                                       kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

bool decodeObject(QByteArrayView part, QJsonObject *out)
{
    QByteArray json;
    if (!decodePart(part, &json))
        return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

bool hasAudience(const QJsonValue &aud)
{
    if (aud.isString())
        return aud.toString() == RelayToken::audience();
    if (aud.isArray()) {
        for (const QJsonValue v : aud.toArray()) {
            if (v.toString() == RelayToken::audience())
                return true;
        }
    }
    return false;
}

bool isNumericDate(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}
}  // namespace

QString RelayToken::issue(const QByteArray &secret, const QString &source, int64_t ttlSec, int64_t nowSec)
{
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                        {QStringLiteral("typ"), QStringLiteral("JWT")}})
                                  .toJson(QJsonDocument::Compact);
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("sub"), source},
                                                         {QStringLiteral("aud"), audience()},
                                                         {QStringLiteral("iat"), static_cast<double>(nowSec)},
                                                         {QStringLiteral("exp"), static_cast<double>(nowSec + ttlSec)}})
                                   .toJson(QJsonDocument::Compact);
    const QByteArray signingInput = header.toBase64(kBase64Url) + '.' + payload.toBase64(kBase64Url);
    return QString::fromLatin1(signingInput + '.' + sign(secret, signingInput).toBase64(kBase64Url));
}

bool RelayToken::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Status RelayToken::validate(const QString &token, const QByteArray &secret, const QString &source, int64_t nowSec)
{
    if (secret.isEmpty())
        return rejected(QStringLiteral("the relay has no secret yet"));
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return rejected(QStringLiteral("the token is empty or too long"));
    const QByteArray bytes = token.toLatin1();
    const qsizetype dot1 = bytes.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : bytes.indexOf('.', dot1 + 1);
    if (dot1 <= 0 || dot2 <= dot1 + 1 || dot2 + 1 >= bytes.size() || bytes.indexOf('.', dot2 + 1) >= 0)
        return rejected(QStringLiteral("the token is not a signed JWT (three dot-separated parts)"));
    const QByteArrayView all(bytes);
    const std::array<QByteArrayView, 3> parts{all.first(dot1), all.sliced(dot1 + 1, dot2 - dot1 - 1), all.sliced(dot2 + 1)};
    if (parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return rejected(QStringLiteral("the token is not a signed JWT (three dot-separated parts)"));
    QJsonObject header;
    if (!decodeObject(parts[0], &header))
        return rejected(QStringLiteral("the token header is not base64url JSON"));
    // The algorithm is fixed by the studio, never chosen by the token: "none", HS512, RS256 ...
    // are refused before any signature work.
    if (header.value(QStringLiteral("alg")).toString() != u"HS256")
        return rejected(QStringLiteral("the token's algorithm is not HS256"));
    if (header.contains(QStringLiteral("crit")))
        return rejected(QStringLiteral("the token has critical header extensions"));
    QByteArray signature;
    if (!decodePart(parts[2], &signature) || signature.size() != kSignatureBytes)
        return rejected(QStringLiteral("the token signature is malformed"));
    const QByteArray signingInput = bytes.left(parts[0].size() + 1 + parts[1].size());
    if (!constantTimeEquals(sign(secret, signingInput), signature))
        return rejected(QStringLiteral("the token signature is wrong (or the relay secret was rotated)"));
    QJsonObject claims;
    if (!decodeObject(parts[1], &claims))
        return rejected(QStringLiteral("the token claims are not base64url JSON"));
    if (!hasAudience(claims.value(QStringLiteral("aud"))))
        return rejected(QStringLiteral("the token is not for the VIDA³ relay"));
    if (claims.value(QStringLiteral("sub")).toString() != source)
        return rejected(QStringLiteral("the token is for another source"));
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!isNumericDate(exp))
        return rejected(QStringLiteral("the token has no expiry"));
    if (exp.toDouble() <= static_cast<double>(nowSec))
        return rejected(QStringLiteral("the token has expired"));
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (!nbf.isUndefined() && (!isNumericDate(nbf) || nbf.toDouble() > static_cast<double>(nowSec)))
        return rejected(QStringLiteral("the token is not valid yet"));
    return Status::ok();
}

}  // namespace vida3::studio::relay
