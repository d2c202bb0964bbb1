// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace vida3::encoder {

// Buffered-video thresholds of the drop policy (OBS uses the same defaults).
struct DropPolicy
{
    int dropDisposableMs = 700;
    int dropAllButKeyframesMs = 900;
};

// The bounded packet queue between the encoder and one output. Slots are AVPackets allocated
// once; push() takes a reference to the encoder's buffer, never a copy of the payload.
//
// Congestion and drop policy (the encoder never blocks on an output):
// - buffered video = newest queued video dts - oldest queued video dts;
// - above dropDisposableMs, frames nothing references (non-reference B) are dropped;
// - above dropAllButKeyframesMs, every video frame but keyframes is dropped;
// - once a frame other frames need is dropped (or the queue is full), video is dropped up to the
//   next keyframe, so no decoder ever sees a frame whose reference is missing;
// - audio is never dropped by policy, only when there is no room at all.
// While paused (an output reconnecting) everything is dropped and counted.
// Thread-safety: push from the encode thread, pop from the output's thread, the rest anywhere.
class PacketQueue
{
public:
    explicit PacketQueue(int capacity, DropPolicy policy = {});

    // timeUs is the packet's dts on one clock for all streams. False when dropped.
    bool push(const AVPacket *packet, int64_t timeUs);
    // Moves the oldest packet into out; false on timeout or when stopped and empty.
    bool pop(AVPacket *out, std::chrono::milliseconds timeout);
    void stop();
    void clear();
    // Drop (and count) everything until resume(); resume() after a pause then waits for a keyframe.
    void pause();
    void resume();

    int size() const;
    int64_t droppedVideoFrames() const;
    int bufferedVideoMs() const;
    // 0 (empty) .. 1 (at the first drop threshold, or dropping).
    double congestion() const;

private:
    struct Slot
    {
        AvPacketPtr packet;
        int64_t timeUs = 0;
    };

    int bufferedVideoMsLocked(int64_t newestUs) const;
    void dropVideoLocked(bool breaksReferences);

    const DropPolicy m_policy;
    std::vector<Slot> m_slots;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    size_t m_head = 0;
    size_t m_count = 0;
    bool m_stopped = false;
    bool m_paused = false;
    bool m_waitingForKeyframe = false;
    int64_t m_newestVideoUs = 0;
    int64_t m_droppedVideo = 0;
    int64_t m_lastDropUs = -(int64_t{1} << 62);  // "never", without overflow in differences
};

}  // namespace vida3::encoder
