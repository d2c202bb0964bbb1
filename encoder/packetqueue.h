// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace vida3::encoder {

// The bounded packet queue between the encoder and one output. Slots are AVPackets allocated
// once; push() takes a reference to the encoder's buffer, never a copy of the payload.
// Overflow policy: push never blocks the encoder. A full queue drops the incoming packet; after
// a dropped video packet, video is dropped until the next keyframe, so no decoder ever sees a
// frame whose reference was lost. Audio is only dropped when there is no room at all.
// Thread-safety: push from the encode thread, pop from the output's thread.
class PacketQueue
{
public:
    explicit PacketQueue(int capacity);

    // False when the packet was dropped (full, or waiting for a keyframe after a drop).
    bool push(const AVPacket *packet);
    // Moves the oldest packet into out; false on timeout or when stopped and empty.
    bool pop(AVPacket *out, std::chrono::milliseconds timeout);
    void stop();
    void clear();

    int size() const;
    int64_t droppedVideoFrames() const;

private:
    std::vector<AvPacketPtr> m_slots;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    size_t m_head = 0;
    size_t m_count = 0;
    bool m_stopped = false;
    bool m_waitingForKeyframe = false;
    int64_t m_droppedVideo = 0;
};

}  // namespace vida3::encoder
