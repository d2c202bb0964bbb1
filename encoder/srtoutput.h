// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/muxingoutput.h"
#include "encoder/reconnectpolicy.h"

#include <optional>

namespace vida3::encoder {

struct SrtTarget
{
    // srt://host:port, optionally ?latency=MS&streamid=ID. The query is passed on but never
    // shown: displays use host and port only.
    QString url;
    QString passphrase;  // the destination's "stream key": SRT's AES passphrase, 10 to 79 characters
    int connectTimeoutMs = 10000;
    int deadLinkMs = 4000;
    ReconnectPolicy reconnect;
};

// "srt://host:port", what logs and the window show of an SRT URL (and what libav connects to).
QString srtDisplayUrl(const QString &url);

// SRT's receive latency from the URL's ?latency=MS, or the default; nullopt when it is not a
// whole number of milliseconds in range.
constexpr int kDefaultSrtLatencyMs = 120;  // libsrt's own default
constexpr int kMinSrtLatencyMs = 20;
constexpr int kMaxSrtLatencyMs = 8000;
std::optional<int> srtLatencyMs(const QString &url);

// MPEG-TS over SRT in caller mode (FFmpeg's libsrt), encrypted with the passphrase. The same
// queue, drop policy, reconnection and stop rules as RTMP (MuxingOutput).
class SrtOutput final : public MuxingOutput
{
public:
    SrtOutput(QString name, SrtTarget target, int queueCapacity = 900);

    QString target() const override { return srtDisplayUrl(m_target.url); }

protected:
    Expected<AvFormatOutputPtr> openContainer(const AVIOInterruptCB &interrupt, int index) override;
    QString targetName(int) const override { return target(); }
    ReconnectPolicy reconnectPolicy() const override { return m_target.reconnect; }
    int deadLinkMs() const override { return m_target.deadLinkMs; }
    Error writeError(int averror) const override;

private:
    SrtTarget m_target;
    bool m_everConnected = false;  // output thread only
};

}  // namespace vida3::encoder
