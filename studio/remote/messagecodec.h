// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QByteArray>
#include <QJsonObject>

namespace vida3::studio::remote {

// The two obs-websocket subprotocols: "obswebsocket.json" (text frames) and
// "obswebsocket.msgpack" (binary frames, MessagePack through msgpack-c).
enum class Encoding { Json, MsgPack };

inline constexpr char kJsonSubprotocol[] = "obswebsocket.json";
inline constexpr char kMsgPackSubprotocol[] = "obswebsocket.msgpack";

// One message, whose top level must be an object (map). MessagePack integers stay integers
// (a requestId of 7 comes back as 7), strings must be UTF-8, and bin/ext values, non-string
// map keys, trailing bytes, nesting deeper than kMaxDepth and containers that claim more
// elements than the message has bytes for are refused (an error, never a crash or a big
// allocation). Reentrant.
inline constexpr int kMaxDepth = 32;
Expected<QJsonObject> decodeMessage(const QByteArray &bytes, Encoding encoding);

// Integral numbers are written as MessagePack integers, others as float64.
QByteArray encodeMessage(const QJsonObject &message, Encoding encoding);

}  // namespace vida3::studio::remote
