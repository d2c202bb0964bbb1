// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/srtoutput.h"

#include "encoder/averror.h"

#include "encoder/avlogbridge.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <optional>

namespace vida3::encoder {

namespace {
// SRT's limits on a passphrase (SRTO_PASSPHRASE).
constexpr qsizetype kMinPassphrase = 10;
constexpr qsizetype kMaxPassphrase = 79;
}  // namespace

QString srtDisplayUrl(const QString &url)
{
    // QUrl keeps an IPv6 host in brackets ("srt://[::1]:9000"), which libav needs too.
    return QUrl(url).adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

std::optional<int> srtLatencyMs(const QString &url)
{
    const QString text = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("latency"));
    if (text.isEmpty())
        return kDefaultSrtLatencyMs;
    bool ok = false;
    const int ms = text.toInt(&ok);
    if (!ok || ms < kMinSrtLatencyMs || ms > kMaxSrtLatencyMs)
        return std::nullopt;
    return ms;
}

SrtOutput::SrtOutput(QString name, SrtTarget target, int queueCapacity)
    : MuxingOutput(std::move(name), queueCapacity), m_target(std::move(target))
{
}

Expected<AvFormatOutputPtr> SrtOutput::openContainer(const AVIOInterruptCB &interrupt, int)
{
    const QString where = target();
    const qsizetype length = m_target.passphrase.toUtf8().size();  // SRT counts bytes
    if (length > 0 && (length < kMinPassphrase || length > kMaxPassphrase))
        return Error{ErrorCode::InvalidDestination,
                     QStringLiteral("the SRT passphrase (the stream key) must be %1 to %2 bytes")
                         .arg(kMinPassphrase)
                         .arg(kMaxPassphrase)};
    const std::optional<int> latencyMs = srtLatencyMs(m_target.url);
    if (!latencyMs)
        return Error{ErrorCode::InvalidDestination, QStringLiteral("%1: latency must be %2 to %3 ms")
                                                        .arg(where)
                                                        .arg(kMinSrtLatencyMs)
                                                        .arg(kMaxSrtLatencyMs)};
    AVFormatContext *raw = nullptr;
    if (avformat_alloc_output_context2(&raw, nullptr, "mpegts", nullptr) < 0 || !raw)
        return Error{ErrorCode::Unsupported, QStringLiteral("this FFmpeg build cannot write MPEG-TS")};
    AvFormatOutputPtr context(raw);
    context->flags |= AVFMT_FLAG_FLUSH_PACKETS;

    const QUrl parsed(m_target.url);
    const QUrlQuery query(parsed);
    AvDictionary options;
    options.set("mode", "caller");
    options.set("transtype", "live");
    options.set("connect_timeout", int64_t{m_target.connectTimeoutMs});
    options.set("latency", int64_t{*latencyMs} * 1000);  // milliseconds in the URL, µs for libsrt
    if (const QString streamId = query.queryItemValue(QStringLiteral("streamid"), QUrl::FullyDecoded);
        !streamId.isEmpty())
        options.set("streamid", streamId.toUtf8().constData());
    if (!m_target.passphrase.isEmpty()) {
        options.set("passphrase", m_target.passphrase.toUtf8().constData());
        options.set("pbkeylen", 32LL);  // AES-256
    }
    // Closing waits up to a second for what is still unacknowledged, so a clean stop delivers
    // the last frames (live mode otherwise drops them on close).
    options.set("linger", 1LL);
    const QByteArray url = where.toUtf8();
    AvLogCapture log;
    QElapsedTimer connecting;
    connecting.start();
    const int err = avio_open2(&context->pb, url.constData(), AVIO_FLAG_WRITE, &interrupt, options.out());
    if (err >= 0) {
        m_everConnected = true;
        return context;
    }
    if (err == AVERROR_EXIT)
        return Error{ErrorCode::Cancelled, QStringLiteral("connecting to %1 was cancelled").arg(where)};
    if (log.contains({}, u"resolve"))
        return Error{ErrorCode::HostNotFound, QStringLiteral("host not found: %1").arg(where)};
    // FFmpeg 5.1 reports every failed SRT handshake as EIO. Nothing listening means no answer
    // until the connect timeout; an answer before it is the listener refusing (libsrt says
    // "Incorrect passphrase" or names the stream id on stderr). Refused at the first attempt
    // is final (the passphrase or stream id is wrong); refused after being live is retried
    // (servers refuse a publisher until the previous session has timed out).
    const bool answered = connecting.elapsed() < m_target.connectTimeoutMs * 9 / 10;
    if (err == AVERROR(EIO) && answered && !m_everConnected)
        return Error{ErrorCode::Rejected,
                     QStringLiteral("rejected by %1: the listener refused the passphrase or the stream id").arg(where)};
    if (err == AVERROR(EIO) && answered)
        return Error{ErrorCode::ConnectionRefused, QStringLiteral("%1 refused the reconnection").arg(where)};
    if (err == AVERROR(EIO) || err == AVERROR(ETIMEDOUT))
        return Error{ErrorCode::ConnectionTimeout, QStringLiteral("no answer from %1 in time").arg(where)};
    if (err == AVERROR(ECONNREFUSED))
        return Error{ErrorCode::ConnectionRefused,
                     QStringLiteral("connection refused by %1 (nothing listens there)").arg(where)};
    return Error{ErrorCode::Unreachable, QStringLiteral("cannot connect to %1: %2").arg(where, avErrorText(err))};
}

Error SrtOutput::writeError(int averror) const
{
    if (averror == AVERROR(ETIMEDOUT))
        return {ErrorCode::ConnectionTimeout, QStringLiteral("%1 stopped answering (dead link)").arg(target())};
    return {ErrorCode::ConnectionLost, QStringLiteral("connection to %1 lost: %2").arg(target(), avErrorText(averror))};
}

}  // namespace vida3::encoder
