// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/packetqueue.h"

#include "encoder/packetsink.h"

namespace vida3::encoder {

PacketQueue::PacketQueue(int capacity)
{
    m_slots.reserve(static_cast<size_t>(capacity));
    for (int i = 0; i < capacity; ++i)
        m_slots.push_back(makePacket());
}

bool PacketQueue::push(const AVPacket *packet)
{
    const bool isVideo = packet->stream_index == static_cast<int>(StreamKind::Video);
    const bool isKey = (packet->flags & AV_PKT_FLAG_KEY) != 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return false;
        if (isVideo && m_waitingForKeyframe && !isKey) {
            ++m_droppedVideo;
            return false;
        }
        if (m_count == m_slots.size()) {
            if (isVideo) {
                ++m_droppedVideo;
                m_waitingForKeyframe = true;
            }
            return false;
        }
        AVPacket *slot = m_slots[(m_head + m_count) % m_slots.size()].get();
        if (av_packet_ref(slot, packet) < 0)
            return false;
        if (isVideo)
            m_waitingForKeyframe = false;
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
    av_packet_move_ref(out, m_slots[m_head].get());
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
        av_packet_unref(m_slots[m_head].get());
        m_head = (m_head + 1) % m_slots.size();
        --m_count;
    }
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

}  // namespace vida3::encoder
