// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/packetqueue.h"

#include "encoder/h264priority.h"
#include "encoder/packetsink.h"

#include <algorithm>

namespace vida3::encoder {

namespace {
// Congestion reads 1.0 for this long after a drop, so a one-off drop is visible in the stats.
constexpr int64_t kDropVisibleUs = 2'000'000;

bool isVideo(const AVPacket *packet)
{
    return packet->stream_index == static_cast<int>(StreamKind::Video);
}
}  // namespace

PacketQueue::PacketQueue(int capacity, DropPolicy policy) : m_policy(policy)
{
    m_slots.resize(static_cast<size_t>(capacity));
    for (Slot &slot : m_slots)
        slot.packet = makePacket();
}

int PacketQueue::bufferedVideoMsLocked(int64_t newestUs) const
{
    for (size_t i = 0; i < m_count; ++i) {
        const Slot &slot = m_slots[(m_head + i) % m_slots.size()];
        if (isVideo(slot.packet.get()))
            return static_cast<int>(std::max<int64_t>(0, newestUs - slot.timeUs) / 1000);
    }
    return 0;
}

void PacketQueue::dropVideoLocked(bool breaksReferences)
{
    ++m_droppedVideo;
    m_lastDropUs = m_newestVideoUs;
    if (breaksReferences)
        m_waitingForKeyframe = true;
}

bool PacketQueue::push(const AVPacket *packet, int64_t timeUs)
{
    const bool video = isVideo(packet);
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return false;
        if (video)
            m_newestVideoUs = timeUs;
        if (m_paused) {
            if (video)
                dropVideoLocked(true);
            return false;
        }
        if (video) {
            const FramePriority priority = h264FramePriority(packet->data, static_cast<size_t>(packet->size));
            if (priority == FramePriority::Keyframe)
                m_waitingForKeyframe = false;
            const int bufferedMs = bufferedVideoMsLocked(timeUs);
            if (m_waitingForKeyframe) {
                dropVideoLocked(true);
                return false;
            }
            if (bufferedMs > m_policy.dropAllButKeyframesMs && priority != FramePriority::Keyframe) {
                dropVideoLocked(priority != FramePriority::Disposable);
                return false;
            }
            if (bufferedMs > m_policy.dropDisposableMs && priority == FramePriority::Disposable) {
                dropVideoLocked(false);
                return false;
            }
        }
        if (m_count == m_slots.size()) {
            if (video)
                dropVideoLocked(true);
            return false;
        }
        Slot &slot = m_slots[(m_head + m_count) % m_slots.size()];
        if (av_packet_ref(slot.packet.get(), packet) < 0)
            return false;
        slot.timeUs = timeUs;
        ++m_count;
    }
    m_ready.notify_one();
    return true;
}

bool PacketQueue::pop(AVPacket *out, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait_for(lock, timeout, [this] { return m_count > 0 || m_stopped; });
    if (m_count == 0)
        return false;
    av_packet_move_ref(out, m_slots[m_head].packet.get());
    m_head = (m_head + 1) % m_slots.size();
    --m_count;
    return true;
}

void PacketQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_ready.notify_all();
}

void PacketQueue::clear()
{
    std::lock_guard lock(m_mutex);
    while (m_count > 0) {
        av_packet_unref(m_slots[m_head].packet.get());
        m_head = (m_head + 1) % m_slots.size();
        --m_count;
    }
}

void PacketQueue::pause()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
}

void PacketQueue::resume()
{
    std::lock_guard lock(m_mutex);
    // After a pause (a connection lost, everything dropped since) the stream restarts on a
    // keyframe, and so it does when frames were dropped while the first connection opened. A
    // first connection that lost nothing keeps what was queued: no reference is missing (the
    // output skips to its first keyframe itself).
    m_waitingForKeyframe = m_waitingForKeyframe || m_paused;
    m_paused = false;
}

int PacketQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_count);
}

int64_t PacketQueue::droppedVideoFrames() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedVideo;
}

int PacketQueue::bufferedVideoMs() const
{
    std::lock_guard lock(m_mutex);
    return bufferedVideoMsLocked(m_newestVideoUs);
}

double PacketQueue::congestion() const
{
    std::lock_guard lock(m_mutex);
    if (m_paused || m_waitingForKeyframe || m_newestVideoUs - m_lastDropUs < kDropVisibleUs)
        return 1.0;
    return std::min(1.0, bufferedVideoMsLocked(m_newestVideoUs) / static_cast<double>(m_policy.dropDisposableMs));
}

}  // namespace vida3::encoder
