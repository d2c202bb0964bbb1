// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"

#include <cstdint>
#include <random>

namespace vida3::encoder {

// When and how often a broken output tries again. Exponential backoff with jitter: the first
// retry comes within firstDelayMs, each next one 1.5-2x later, capped at maxDelayMs, at most
// maxAttempts times in a row. Permanent failures (the server refused the key, the certificate is
// invalid, the URL is malformed) are never retried.
struct ReconnectPolicy
{
    int firstDelayMs = 1500;
    int maxDelayMs = 60000;
    int maxAttempts = 20;  // 0: never reconnect
    // With a backup URL: consecutive failures on one URL before the other is tried.
    int failoverAfter = 2;

    static bool isPermanent(ErrorCode code);
    // Delay before attempt `attempt` (1-based), jittered by `random`.
    int delayMs(int attempt, std::mt19937 &random) const;
};

}  // namespace vida3::encoder
