// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/backpressurepolicy.h"

#include <algorithm>

namespace vida3::studio::relay {

std::optional<BackpressurePolicy::Hint> BackpressurePolicy::update(const Window &w)
{
    std::optional<Reason> overload;
    if (w.outputLosses >= kOutputLossesToSlow)
        overload = Reason::OutputLosingFrames;
    else if (w.stamped > 0 && w.late * 4 > w.stamped)
        overload = Reason::ArrivingLate;
    else if (w.relayLoad > 0.8)
        overload = Reason::DecodingSaturated;
    else if (w.decoded > 0 && w.dropped * 3 > w.decoded)
        overload = Reason::MoreThanShown;

    if (overload) {
        m_calmWindows = 0;
        const double arrived = static_cast<double>(w.decoded) / std::max(0.1, w.seconds);
        const int current = m_fps > 0 ? m_fps : m_pageFps;
        const int fps = std::clamp(static_cast<int>(std::min<double>(current, arrived) * 0.75), kMinFps,
                                   std::max(kMinFps, m_pageFps));
        const double quality = std::max(kMinQuality, m_quality - 0.1);
        if (fps == m_fps && quality == m_quality)
            return std::nullopt;
        m_fps = fps;
        m_quality = quality;
        return Hint{m_fps, m_quality, *overload};
    }
    if (m_fps > 0 && m_fps < m_pageFps && ++m_calmWindows >= kCalmWindowsToRaise) {
        m_calmWindows = 0;
        m_fps = std::min(m_pageFps, m_fps + std::max(1, m_pageFps / 10));
        m_quality = std::min(kMaxQuality, m_quality + 0.1);
        return Hint{m_fps, m_quality, Reason::Calm};
    }
    return std::nullopt;
}

const char *BackpressurePolicy::describe(Reason reason)
{
    switch (reason) {
    case Reason::OutputLosingFrames: return "the output is losing frames";
    case Reason::ArrivingLate: return "frames arrive late";
    case Reason::DecodingSaturated: return "decoding is saturated";
    case Reason::MoreThanShown: return "more frames than the studio shows";
    case Reason::Calm: return "calm again";
    }
    return "";
}

}  // namespace vida3::studio::relay
