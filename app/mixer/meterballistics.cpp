// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/mixer/meterballistics.h"

#include <algorithm>
#include <cmath>

namespace vida3::app {

void MeterBallistics::update(double peakDbfs, double rmsDbfs, double dtS)
{
    const double peak = std::max(kFloorDb, peakDbfs);
    const double rms = std::max(kFloorDb, rmsDbfs);
    m_peak = std::max(peak, m_peak - kDecayDbPerS * dtS);
    // 99 % of the way in kRmsIntegrationS: e^(−t/τ) = 0.01 at t = 0.3 s.
    const double keep = std::exp(-dtS * std::log(100.0) / kRmsIntegrationS);
    m_rms = rms + (m_rms - rms) * keep;
    m_holdAgeS += dtS;
    if (peak >= m_hold || m_holdAgeS >= kHoldS) {
        m_hold = peak;
        m_holdAgeS = 0;
    }
    m_clipS = peakDbfs >= 0 ? kClipS : std::max(0.0, m_clipS - dtS);
}

}  // namespace vida3::app
