// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/rtmpoutput.h"

#include "encoder/averror.h"
#include "encoder/avlogbridge.h"

#include <cerrno>

namespace vida3::encoder {

QString composeIngestUrl(const QString &serverUrl, const QString &streamKey)
{
    QString url = serverUrl;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + u'/' + streamKey;
}

RtmpOutput::RtmpOutput(QString name, RtmpTarget target, int queueCapacity)
    : MuxingOutput(std::move(name), queueCapacity), m_target(std::move(target))
{
}

namespace {
// What the failed open says, from libav's error code and what it logged on this thread.
Error classifyOpenError(int averror, const AvLogCapture &log, bool secure, const QString &where)
{
    const QString reason = avErrorText(averror);
    if (averror == AVERROR_EXIT)
        return {ErrorCode::Cancelled, QStringLiteral("connecting to %1 was cancelled").arg(where)};
    if (log.contains(u"tcp", u"resolve") || log.contains({}, u"Name or service not known"))
        return {ErrorCode::HostNotFound, QStringLiteral("host not found: %1").arg(where)};
    if (averror == AVERROR(ECONNREFUSED))
        return {ErrorCode::ConnectionRefused,
                QStringLiteral("connection refused by %1 (nothing listens there)").arg(where)};
    if (averror == AVERROR(ETIMEDOUT))
        return {ErrorCode::ConnectionTimeout, QStringLiteral("no answer from %1 in time").arg(where)};
    if (averror == AVERROR(ENETUNREACH) || averror == AVERROR(EHOSTUNREACH))
        return {ErrorCode::Unreachable, QStringLiteral("%1 is unreachable: %2").arg(where, reason)};
    const bool handshook = log.contains(u"rtmp", u"Handshaking");
    if (secure && (log.contains(u"tls", {}) || !handshook))
        return {ErrorCode::TlsFailure,
                QStringLiteral("TLS failure with %1: the certificate is not trusted or the handshake failed")
                    .arg(where)};
    if (handshook)
        return {ErrorCode::Rejected,
                QStringLiteral("rejected by %1: the server refused the stream key or the application path")
                    .arg(where)};
    return {ErrorCode::Unreachable, QStringLiteral("cannot connect to %1: %2").arg(where, reason)};
}
}  // namespace

QString RtmpOutput::targetName(int index) const
{
    return index == 1 ? m_target.backupUrl : m_target.serverUrl;
}

Expected<AvFormatOutputPtr> RtmpOutput::openContainer(const AVIOInterruptCB &interrupt, int index)
{
    const QString serverUrl = targetName(index);
    AVFormatContext *raw = nullptr;
    if (avformat_alloc_output_context2(&raw, nullptr, "flv", nullptr) < 0 || !raw)
        return Error{ErrorCode::Unsupported, QStringLiteral("this FFmpeg build cannot write FLV")};
    AvFormatOutputPtr context(raw);
    // Hand every packet to the socket at once: the byte count then says what the link took,
    // which dead-link detection and the bitrate controller rely on.
    context->flags |= AVFMT_FLAG_FLUSH_PACKETS;

    const bool secure = serverUrl.startsWith(QStringLiteral("rtmps://"), Qt::CaseInsensitive);
    AvDictionary options;
    options.set("rw_timeout", int64_t{m_target.connectTimeoutMs} * 1000);
    // A small socket buffer makes a stalled link block our writes within a second or two, so
    // the queue (which we can measure and drop from by priority) holds the backlog, not the
    // kernel; 256 KiB still covers 8 Mbit/s at 250 ms round trip.
    options.set("send_buffer_size", 256 * 1024LL);
    if (secure) {
        // Debian's FFmpeg (gnutls) accepts any certificate unless told to verify.
        options.set("tls_verify", 1LL);
        if (!m_target.caFile.isEmpty())
            options.set("ca_file", m_target.caFile.toUtf8().constData());
    }
    const QByteArray url = composeIngestUrl(serverUrl, m_target.streamKey).toUtf8();
    AvLogCapture log;
    const int err = avio_open2(&context->pb, url.constData(), AVIO_FLAG_WRITE, &interrupt, options.out());
    if (err < 0)
        return classifyOpenError(err, log, secure, serverUrl);
    return context;
}

void RtmpOutput::muxerOptions(AvDictionary &options) const
{
    // A live connection cannot seek back to patch duration and size.
    options.set("flvflags", "no_duration_filesize");
}

Error RtmpOutput::writeError(int averror) const
{
    if (averror == AVERROR(ETIMEDOUT))
        return {ErrorCode::ConnectionTimeout, QStringLiteral("%1 stopped answering (dead link)").arg(target())};
    return {ErrorCode::ConnectionLost, QStringLiteral("connection to %1 lost: %2").arg(target(), avErrorText(averror))};
}

}  // namespace vida3::encoder
