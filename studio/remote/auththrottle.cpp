// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/auththrottle.h"

#include <algorithm>

namespace vida3::studio::remote {

void AuthThrottle::failed(const QString &address, int64_t nowMs)
{
    if (!m_entries.contains(address) && m_entries.size() >= kMaxAddresses) {
        QString oldest;
        int64_t oldestMs = nowMs + 1;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it->lastMs < oldestMs) {
                oldestMs = it->lastMs;
                oldest = it.key();
            }
        }
        m_entries.remove(oldest);
    }
    Entry &entry = m_entries[address];
    if (nowMs - entry.lastMs > kForgetMs)
        entry.failures = 0;
    ++entry.failures;
    entry.lastMs = nowMs;
}

void AuthThrottle::succeeded(const QString &address)
{
    m_entries.remove(address);
}

int64_t AuthThrottle::delayMs(const QString &address, int64_t nowMs)
{
    const Entry entry = m_entries.value(address);
    if (entry.failures == 0)
        return 0;
    if (nowMs - entry.lastMs > kForgetMs) {
        m_entries.remove(address);
        return 0;
    }
    const int over = entry.failures - kFreeFailures;
    if (over < 0)
        return 0;
    return std::min<int64_t>(kMaxDelayMs, int64_t{1000} << std::min(over, 3));
}

}  // namespace vida3::studio::remote
