// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for everything the relay parses from the network before decoding: the
// binary media header and its checks, the hello and control JSON, and tokens.
// The first input byte picks the parser; the rest is the message.
#include "studio/relay/hellomessage.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/relaytoken.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <variant>

using namespace vida3::studio::relay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray message(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 4) {
    case 0: {
        MediaHeader header;
        if (!parseMediaHeader(message, &header)) {
            for (const bool loopback : {false, true}) {
                Negotiated n;
                n.videoCodec = header.kind == MediaKind::Video ? header.codec : MediaCodec::H264;
                n.audioCodec = header.kind == MediaKind::Audio ? std::optional(header.codec) : std::nullopt;
                n.peerOnLoopback = loopback;
                (void)checkMedia(header, message.size() - kHeaderBytes, n);
            }
        }
        break;
    }
    case 1: {
        auto hello = parseHello(message);
        if (const auto *h = std::get_if<HelloMessage>(&hello)) {
            auto negotiated = negotiate(*h, true);
            if (const auto *n = std::get_if<Negotiated>(&negotiated))
                (void)acceptedMessage(*h, *n, 1024);
        }
        break;
    }
    case 2:
        (void)parseControlMessage(message);
        break;
    default:
        (void)RelayToken::validate(QString::fromUtf8(message), QByteArrayLiteral("fuzz secret of 32 bytes........."),
                                   QStringLiteral("overlay"), 1700000000);
        break;
    }
    return 0;
}
