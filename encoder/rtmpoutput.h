// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/muxingoutput.h"

namespace vida3::encoder {

struct RtmpTarget
{
    QString serverUrl;  // rtmp:// or rtmps://host[:port]/app — never contains the key
    QString streamKey;  // appended as the last path element only when connecting
    QString caFile;     // extra CA for rtmps (private servers); empty: the system trust store
    int timeoutMs = 10000;  // connect and send timeout: how soon a dead link is noticed
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
    Expected<AvFormatOutputPtr> openContainer(const AVIOInterruptCB &interrupt) override;
    void muxerOptions(AvDictionary &options) const override;
    Error writeError(int averror) const override;

private:
    RtmpTarget m_target;
};

}  // namespace vida3::encoder
