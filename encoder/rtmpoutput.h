// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/muxingoutput.h"

namespace vida3::encoder {

#include "encoder/reconnectpolicy.h"

struct RtmpTarget
{
    QString serverUrl;  // rtmp:// or rtmps://host[:port]/app — never contains the key
    QString streamKey;  // appended as the last path element only when connecting
    QString backupUrl;  // optional second ingest (YouTube's b-server, Facebook's secondary)
    QString caFile;     // extra CA for rtmps (private servers); empty: the system trust store
    int connectTimeoutMs = 10000;
    // A send blocked this long means a dead link (peer silent, no reset): reconnect.
    int deadLinkMs = 4000;
    ReconnectPolicy reconnect;
};

// Composes serverUrl + "/" + key. Only RtmpOutput calls it, right before connecting.
QString composeIngestUrl(const QString &serverUrl, const QString &streamKey);

// FLV over RTMP or RTMPS (certificates verified by default) through libavformat.
// Failures are classified: the server refusing the key or application is ErrorCode::Rejected
// (never retried); refused connections, DNS, TLS and timeouts each have their own code.
class RtmpOutput final : public MuxingOutput
{
public:
    RtmpOutput(QString name, RtmpTarget target, int queueCapacity = 900);

    QString target() const override { return m_target.serverUrl; }

protected:
    Expected<AvFormatOutputPtr> openContainer(const AVIOInterruptCB &interrupt, int index) override;
    int targetCount() const override { return m_target.backupUrl.isEmpty() ? 1 : 2; }
    QString targetName(int index) const override;
    ReconnectPolicy reconnectPolicy() const override { return m_target.reconnect; }
    int deadLinkMs() const override { return m_target.deadLinkMs; }
    void muxerOptions(AvDictionary &options) const override;
    Error writeError(int averror) const override;

private:
    RtmpTarget m_target;
};

}  // namespace vida3::encoder
