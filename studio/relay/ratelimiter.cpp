// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/ratelimiter.h"

namespace vida3::studio::relay {

RateLimiter::RateLimiter(int maxEvents, int64_t windowMs, int maxKeys)
    : m_maxEvents(maxEvents), m_windowMs(windowMs), m_maxKeys(maxKeys)
{
}

void RateLimiter::prune(std::deque<int64_t> &events, int64_t nowMs) const
{
    while (!events.empty() && events.front() <= nowMs - m_windowMs)
        events.pop_front();
}

void RateLimiter::forgetIdle(int64_t nowMs)
{
    for (auto it = m_events.begin(); it != m_events.end();) {
        prune(it.value(), nowMs);
        it = it.value().empty() ? m_events.erase(it) : std::next(it);
    }
}

bool RateLimiter::allow(const QString &key, int64_t nowMs)
{
    if (m_maxEvents <= 0)
        return false;
    auto it = m_events.find(key);
    if (it == m_events.end()) {
        if (m_events.size() >= m_maxKeys)
            forgetIdle(nowMs);
        if (m_events.size() >= m_maxKeys)
            return false;
        it = m_events.insert(key, {});
    }
    std::deque<int64_t> &events = it.value();
    prune(events, nowMs);
    if (static_cast<int>(events.size()) >= m_maxEvents)
        return false;
    events.push_back(nowMs);
    return true;
}

}  // namespace vida3::studio::relay
