// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <cstdint>

namespace vida3::studio::remote {

// Slows password guessing per client address: after kFreeFailures failed authentications,
// each new connection from that address waits before its Hello, 1 s doubling up to kMaxDelayMs
// (below the 5 s that impatient clients wait for a Hello, so the rightful user still gets in).
// Times are a steady clock's milliseconds.
// An address is forgotten kForgetMs after its last failure; a success forgets it at once.
// Bounded: at most kMaxAddresses are tracked (the oldest failure goes first). Not thread-safe.
class AuthThrottle
{
public:
    static constexpr int kFreeFailures = 3;
    static constexpr int64_t kMaxDelayMs = 4000;
    static constexpr int64_t kForgetMs = 5 * 60 * 1000;
    static constexpr int kMaxAddresses = 4096;

    void failed(const QString &address, int64_t nowMs);
    void succeeded(const QString &address);
    // How long a new connection from address waits before it is greeted.
    int64_t delayMs(const QString &address, int64_t nowMs);

private:
    struct Entry
    {
        int failures = 0;
        int64_t lastMs = 0;
    };
    QHash<QString, Entry> m_entries;
};

}  // namespace vida3::studio::remote
