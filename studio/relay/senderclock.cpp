// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/senderclock.h"

#include <algorithm>

namespace vida3::studio::relay {

void SenderClock::addReport(int64_t senderUs, int64_t ourWallUs)
{
    m_offsetsUs[static_cast<size_t>(m_next)] = ourWallUs - senderUs;
    m_next = (m_next + 1) % kReports;
    m_count = std::min(m_count + 1, kReports);
}

int64_t SenderClock::offsetUs() const
{
    return *std::min_element(m_offsetsUs.begin(), m_offsetsUs.begin() + m_count);
}

int64_t SenderClock::toSteadyUs(int64_t senderTimestampUs, int64_t receivedSteadyUs, int64_t receivedWallUs) const
{
    if (!isKnown())
        return 0;
    const int64_t ageUs = receivedWallUs - (senderTimestampUs + offsetUs());
    // A capture up to 1 ms "in the future" is the estimate's own error: count it as now.
    if (ageUs < -1000 || ageUs > kMaxAgeUs)
        return 0;
    return receivedSteadyUs - std::max<int64_t>(0, ageUs);
}

}  // namespace vida3::studio::relay
