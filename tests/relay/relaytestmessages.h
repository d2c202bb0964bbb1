// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Relay media messages as a page sends them, for the relay's unit and window tests.

#include "studio/relay/mediaheader.h"
#include "studio/relay/relayprotocol.h"

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>

namespace vida3::tests {

// A JPEG of one colour, quality 90.
inline QByteArray solidJpeg(const QColor &colour, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

// The binary message: the relay's 28-byte media header, then the payload.
inline QByteArray videoMessage(studio::relay::MediaCodec codec, QSize size, const QByteArray &payload,
                               uint32_t sequence = 0, bool keyframe = true, int64_t timestampUs = 0)
{
    using namespace studio::relay;
    MediaHeader header;
    header.kind = MediaKind::Video;
    header.codec = codec;
    header.flags = keyframe ? kFlagKeyframe : 0;
    header.sequence = sequence;
    header.timestampUs = timestampUs;
    header.width = size.width();
    header.height = size.height();
    QByteArray out(kHeaderBytes, '\0');
    writeMediaHeader(header, reinterpret_cast<uint8_t *>(out.data()));
    return out + payload;
}

}  // namespace vida3::tests
