// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/reconnectpolicy.h"

#include <algorithm>
#include <cmath>

namespace vida3::encoder {

bool ReconnectPolicy::isPermanent(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Rejected:
    case ErrorCode::TlsFailure:
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidDestination:
    case ErrorCode::Unsupported:
    case ErrorCode::EncoderFailed:
    case ErrorCode::FileIo:
    case ErrorCode::WriteFailed:
        return true;
    default:
        return false;
    }
}

int ReconnectPolicy::delayMs(int attempt, std::mt19937 &random) const
{
    // Jitter keeps many studios that lost one ingest together from reconnecting in lockstep.
    std::uniform_real_distribution<double> firstJitter(0.5, 1.0);
    std::uniform_real_distribution<double> growth(1.5, 2.0);
    double delay = firstDelayMs * firstJitter(random);
    for (int i = 1; i < attempt && delay < maxDelayMs; ++i)
        delay *= growth(random);
    return static_cast<int>(std::min<double>(delay, maxDelayMs));
}

}  // namespace vida3::encoder
