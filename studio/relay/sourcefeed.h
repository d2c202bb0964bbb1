// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/pcmring.h"
#include "studio/relay/latestframeslot.h"
#include "studio/relay/sourcestats.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace vida3::studio::relay {

using audio::PcmRing;

// Everything the rest of the studio sees of one named browser source, whichever connection
// feeds it: a reconnect with the same name feeds the same SourceFeed, so its layer takes the
// new stream back. Shared (std::shared_ptr) between the relay, the layer and the mixer.
// Thread-safety: all members are safe from any thread (see each member's class).
class SourceFeed
{
public:
    SourceFeed(QString name, int sampleRate, int channels);

    const QString &name() const { return m_name; }
    LatestFrameSlot &frames() { return m_frames; }
    PcmRing &audio() { return m_audio; }

    // True while a connection is authenticated for this name; false shows the slate.
    bool isConnected() const { return m_connected.load(std::memory_order_acquire); }
    void setConnected(bool connected);
    // Incremented on each new connection, so a layer can tell a fresh stream.
    uint64_t connectionCount() const { return m_connections.load(); }

    void setStats(const SourceStats &stats);
    SourceStats stats() const;

    // The decode thread of this source's last lane while that lane still has work (work is
    // alive: its queued jobs hold it), else -1. A reconnect's new lane goes there, behind the
    // old lane's last job, so the frame slot keeps one writer; otherwise anywhere.
    int busyDecodeThread() const;
    void setDecodeLane(int thread, std::weak_ptr<const void> work);

private:
    const QString m_name;
    LatestFrameSlot m_frames;
    PcmRing m_audio;
    std::atomic<bool> m_connected{false};
    std::atomic<uint64_t> m_connections{0};
    mutable std::mutex m_laneMutex;
    int m_laneThread = -1;
    std::weak_ptr<const void> m_laneWork;
    mutable std::mutex m_statsMutex;
    SourceStats m_stats;
};

}  // namespace vida3::studio::relay
