// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

struct AVPacket;

namespace vida3::encoder {

// Stream indices are fixed for every output: video first, audio second.
enum class StreamKind : int { Video = 0, Audio = 1 };

// Receives encoded packets (stream_index set, timestamps in the encoder's time base).
// The packet is only borrowed for the duration of the call.
class PacketSink
{
public:
    virtual ~PacketSink() = default;
    virtual void onPacket(const AVPacket *packet) = 0;
};

}  // namespace vida3::encoder
