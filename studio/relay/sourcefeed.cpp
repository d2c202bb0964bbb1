// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/sourcefeed.h"

namespace vida3::studio::relay {

namespace {
// 1 s of capacity; play after 40 ms are buffered; never run more than 150 ms behind.
constexpr int kPrebufferMs = 40;
constexpr int kMaxLatencyMs = 150;
}  // namespace

SourceFeed::SourceFeed(QString name, int sampleRate, int channels)
    : m_name(std::move(name)),
      m_audio(channels, sampleRate, sampleRate * kPrebufferMs / 1000, sampleRate * kMaxLatencyMs / 1000)
{
    m_stats.name = m_name;
}

void SourceFeed::setConnected(bool connected)
{
    if (connected)
        ++m_connections;
    m_connected.store(connected, std::memory_order_release);
    if (!connected)
        m_audio.clear();
}

void SourceFeed::setStats(const SourceStats &stats)
{
    std::lock_guard lock(m_statsMutex);
    m_stats = stats;
    m_stats.name = m_name;
}

int SourceFeed::busyDecodeThread() const
{
    std::lock_guard lock(m_laneMutex);
    return m_laneWork.expired() ? -1 : m_laneThread;
}

void SourceFeed::setDecodeLane(int thread, std::weak_ptr<const void> work)
{
    std::lock_guard lock(m_laneMutex);
    m_laneThread = thread;
    m_laneWork = std::move(work);
}

SourceStats SourceFeed::stats() const
{
    std::lock_guard lock(m_statsMutex);
    SourceStats s = m_stats;
    s.connected = isConnected();
    return s;
}

}  // namespace vida3::studio::relay
