// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <algorithm>
#include <cmath>

namespace vida3::studio::audio {

// Levels at or below this are "silence" in stats and meters (JSON has no -inf).
inline constexpr double kSilenceDb = -120.0;

inline double dbToGain(double db)
{
    return db <= kSilenceDb ? 0.0 : std::pow(10.0, db / 20.0);
}

// 20·log10 of an amplitude, floored at kSilenceDb.
inline double gainToDb(double gain)
{
    return gain <= 0.0 ? kSilenceDb : std::max(kSilenceDb, 20.0 * std::log10(gain));
}

}  // namespace vida3::studio::audio
