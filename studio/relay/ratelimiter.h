// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <deque>

namespace vida3::studio::relay {

// At most maxEvents per key in any sliding window of windowMs (new connections per client
// address). Memory is bounded: at most maxKeys addresses are tracked; when full, keys with no
// event inside the window are forgotten first, and if none can be, new keys are refused.
// Not thread-safe (relay thread).
class RateLimiter
{
public:
    RateLimiter(int maxEvents, int64_t windowMs, int maxKeys = 4096);

    // Records an event for key at nowMs and says whether it is within the limit. A refused
    // event is not recorded, so a flood does not extend its own ban.
    bool allow(const QString &key, int64_t nowMs);
    int trackedKeys() const { return static_cast<int>(m_events.size()); }

private:
    void prune(std::deque<int64_t> &events, int64_t nowMs) const;
    void forgetIdle(int64_t nowMs);

    int m_maxEvents;
    int64_t m_windowMs;
    int m_maxKeys;
    QHash<QString, std::deque<int64_t>> m_events;
};

}  // namespace vida3::studio::relay
