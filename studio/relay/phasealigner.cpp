// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/phasealigner.h"

#include <cmath>
#include <numbers>

namespace vida3::studio::relay {

std::optional<int> PhaseAligner::shiftUs(std::span<const int> waitsUs, int periodUs)
{
    if (periodUs <= 2 * kTargetWaitUs || waitsUs.size() < static_cast<size_t>(kMinSamples))
        return std::nullopt;
    const double period = periodUs;
    const double toRadians = 2.0 * std::numbers::pi / period;
    double sumCos = 0.0;
    double sumSin = 0.0;
    for (const int wait : waitsUs) {
        sumCos += std::cos(wait * toRadians);
        sumSin += std::sin(wait * toRadians);
    }
    const double n = static_cast<double>(waitsUs.size());
    if (std::hypot(sumCos, sumSin) / n < kMinConcentration)
        return std::nullopt;
    double meanWait = std::atan2(sumSin, sumCos) / toRadians;  // (-period/2, period/2]
    if (meanWait < 0)
        meanWait += period;
    // Waiting longer than the target means the frames arrive too early: capture them later.
    double error = meanWait - kTargetWaitUs;
    if (error > period / 2)
        error -= period;
    else if (error <= -period / 2)
        error += period;
    if (std::abs(error) <= kToleranceUs)
        return std::nullopt;
    return static_cast<int>(std::lround(error));
}

}  // namespace vida3::studio::relay
