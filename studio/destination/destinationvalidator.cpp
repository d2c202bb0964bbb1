// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/destinationvalidator.h"

#include "encoder/srtoutput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace vida3::studio::DestinationValidator {

namespace {

// The messages' translation context; a namespace has no Text::tr() of its own.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DestinationValidator)
};

ValidationIssue urlIssue(QString message)
{
    return ValidationIssue{ValidationIssue::Field::ServerUrl, std::move(message)};
}

ValidationIssue keyIssue(QString message)
{
    return ValidationIssue{ValidationIssue::Field::StreamKey, std::move(message)};
}

bool hasWhitespace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// Control and format characters (bidi overrides, zero-width joiners) that a paste can smuggle in.
bool hasControl(QStringView text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (!c.isSpace() && (category == QChar::Other_Control || category == QChar::Other_Format))
            return true;
    }
    return false;
}

// RFC 1123 host name in ASCII form: dot-separated labels of letters, digits and inner hyphens.
bool isSaneHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    static const QRegularExpression kLabel(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")));
    const QStringList labels = host.endsWith(QLatin1Char('.')) ? host.chopped(1).split(QLatin1Char('.'))
                                                                : host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!kLabel.match(label).hasMatch())
            return false;
    }
    // An all-numeric name is an IPv4 address only when QUrl accepted it as one (four parts).
    static const QRegularExpression kNumeric(QRegularExpression::anchoredPattern(QStringLiteral("[0-9.]+")));
    return !kNumeric.match(host).hasMatch() || labels.size() == 4;
}

// The raw authority's port, or -1 when there is none; lets a port error be named even when
// QUrl refuses the whole URL because of it.
qint64 rawPort(const QString &url)
{
    static const QRegularExpression kAuthority(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(\\[[^\\]]*\\]|[^:/?#]*)(?::([^/?#]*))?"));
    const QRegularExpressionMatch match = kAuthority.match(url);
    if (!match.hasMatch() || !match.hasCaptured(2))
        return -1;
    const QString port = match.captured(2);
    bool ok = false;
    const qint64 value = port.toLongLong(&ok);
    return ok && !port.startsWith(QLatin1Char('+')) && !port.startsWith(QLatin1Char('-')) ? value : 0;
}

}  // namespace

QList<ValidationIssue> validateServerUrl(const PlatformPreset &preset, const QString &url)
{
    QList<ValidationIssue> issues;
    if (url.isEmpty()) {
        issues.append(urlIssue(Text::tr("Enter the server URL.")));
        return issues;
    }
    if (hasWhitespace(url))
        issues.append(urlIssue(Text::tr("The server URL contains spaces or line breaks.")));
    if (hasControl(url))
        issues.append(urlIssue(Text::tr("The server URL contains invisible control characters.")));
    if (!issues.isEmpty())
        return issues;

    const qint64 port = rawPort(url);
    if (port == 0 || port > 65535)
        issues.append(urlIssue(Text::tr("The server URL's port must be a number from 1 to 65535.")));

    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || scheme.isEmpty() || !url.contains(QLatin1String("://"))) {
        if (issues.isEmpty())
            issues.append(urlIssue(Text::tr("The server URL is not a valid URL (expected rtmps://host/app).")));
        return issues;
    }

    const bool srt = scheme == QLatin1String("srt");
    if (scheme != QLatin1String("rtmp") && scheme != QLatin1String("rtmps") && !srt) {
        issues.append(urlIssue(Text::tr("The server URL must start with rtmp://, rtmps:// or srt://.")));
    } else if (!preset.server.allowedSchemes.contains(scheme)) {
        issues.append(urlIssue(preset.server.rtmpsRequired
                                   ? Text::tr("%1 requires a secure server URL starting with rtmps://.").arg(preset.displayName)
                                   : Text::tr("%1 does not accept this kind of server URL.").arg(preset.displayName)));
    }

    if (!parsed.userInfo().isEmpty())
        issues.append(urlIssue(Text::tr("The server URL must not contain a user name or password.")));

    const QString host = parsed.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        issues.append(urlIssue(Text::tr("The server URL has no host name.")));
    else if (!host.contains(QLatin1Char(':')) && !isSaneHostName(host))  // QUrl checked IPv6 itself
        issues.append(urlIssue(Text::tr("The server URL's host name is not valid.")));

    QString path = parsed.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (srt && port < 0)
        issues.append(urlIssue(Text::tr("An SRT URL needs a port (srt://host:port).")));
    else if (srt && !path.isEmpty())
        issues.append(urlIssue(Text::tr("An SRT URL has no path: give a stream id as ?streamid=…")));
    if (srt && !encoder::srtLatencyMs(url))
        issues.append(urlIssue(Text::tr("The SRT latency must be a number of milliseconds from %1 to %2.")
                                   .arg(encoder::kMinSrtLatencyMs)
                                   .arg(encoder::kMaxSrtLatencyMs)));
    else if (!srt && path.isEmpty())
        issues.append(urlIssue(Text::tr("The server URL has no application path (for example /live2).")));

    if (parsed.hasFragment())
        issues.append(urlIssue(Text::tr("The server URL must not contain a # fragment.")));
    return issues;
}

QList<ValidationIssue> validateStreamKey(const PlatformPreset &preset, const QString &key)
{
    // Every message below is fixed text or preset data: nothing derived from the key.
    QList<ValidationIssue> issues;
    if (key.isEmpty()) {
        issues.append(keyIssue(Text::tr("Enter the stream key.")));
        return issues;
    }
    if (key.size() > kMaxStreamKeyLength) {
        issues.append(keyIssue(Text::tr("The stream key is too long (more than %1 characters).").arg(kMaxStreamKeyLength)));
        return issues;
    }
    if (hasWhitespace(key))
        issues.append(keyIssue(Text::tr("The stream key contains spaces or line breaks.")));
    if (hasControl(key))
        issues.append(keyIssue(Text::tr("The stream key contains invisible control characters.")));
    if (!issues.isEmpty())
        return issues;

    if (preset.streamKey.regex.isValid() && !preset.streamKey.pattern.isEmpty()
        && !preset.streamKey.regex.match(key).hasMatch()) {
        const QByteArray rule = preset.streamKey.description.toUtf8();
        const QString ruleText = QCoreApplication::translate("PlatformPreset", rule.constData());
        issues.append(keyIssue(Text::tr("This does not look like a %1 stream key: a %1 key %2.")
                                   .arg(preset.displayName, ruleText)));
    }
    return issues;
}

}  // namespace vida3::studio::DestinationValidator
