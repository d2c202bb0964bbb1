// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/bitratecontroller.h"

#include <algorithm>
#include <cmath>

namespace vida3::encoder {

namespace {
// Platforms and x264 both like round numbers; 100 kbps steps are plenty.
int roundDown100(double kbps)
{
    return static_cast<int>(std::floor(kbps / 100.0)) * 100;
}
// A congested level is remembered this long before it may be tried at full step again.
constexpr int kCeilingMemorySeconds = 30;
}  // namespace

BitrateController::BitrateController(Options options)
    : m_options(options), m_targetKbps(options.nominalKbps), m_ceilingKbps(options.nominalKbps)
{
}

int BitrateController::update(const std::vector<Sample> &liveOutputs)
{
    const Options &o = m_options;
    ++m_ceilingAgeSeconds;
    if (m_ceilingAgeSeconds > kCeilingMemorySeconds)
        m_ceilingKbps = o.nominalKbps;

    bool congested = false;
    bool clear = true;
    int worstQueueMs = 0;
    double linkVideoKbps = -1;  // what the slowest congested link carried, video only (-1: no reading)
    for (const Sample &s : liveOutputs) {
        if (s.queueMs > o.clearQueueMs)
            clear = false;
        if (s.queueMs < o.congestedQueueMs)
            continue;
        congested = true;
        worstQueueMs = std::max(worstQueueMs, s.queueMs);
        // The link moved sendKbps while the queue grew: that is about what it can carry. A
        // second in which not even the audio got through (a write blocked across it) measured
        // nothing.
        if (s.sendKbps > o.audioKbps)
            linkVideoKbps = linkVideoKbps < 0 ? s.sendKbps - o.audioKbps : std::min(linkVideoKbps, s.sendKbps - o.audioKbps);
    }
    if (congested) {
        m_clearSeconds = 0;
        if (m_episodeSeconds == 0) {  // readings of an earlier episode say nothing about this one
            m_lastLinkVideoKbps = 0;
            m_forgaveLast = false;
        }
        // One reading far below the last (a write blocked across the second's edge, a
        // scheduling hiccup) is not trusted alone: a draining link still carries its rate. Two
        // in a row are a link that fell, and are followed at once. Never against the first
        // second's reading, which the socket buffer inflates.
        if (linkVideoKbps >= 0 && m_episodeSeconds >= 2 && linkVideoKbps < 0.5 * m_lastLinkVideoKbps && !m_forgaveLast) {
            linkVideoKbps = m_lastLinkVideoKbps;
            m_forgaveLast = true;
        } else if (linkVideoKbps >= 0) {
            m_forgaveLast = false;
        }
        // The ceiling is what the link carried, not the rate that overran it nor the lower
        // rates tried while the backlog drains: the highest rate measured in this episode,
        // below the one that overran it. The first congested second does not count once a
        // second one follows: part of it still went into the socket buffer at the full rate,
        // so it reads above the link. Otherwise the climb back would race past the real limit
        // and congest again.
        if (m_episodeSeconds == 0) {
            m_overranKbps = m_targetKbps;
            m_ceilingKbps = linkVideoKbps >= 0 ? std::min(m_targetKbps, roundDown100(linkVideoKbps)) : m_targetKbps;
        } else if (linkVideoKbps >= 0) {
            const int measured = std::min(m_overranKbps, roundDown100(linkVideoKbps));
            m_ceilingKbps = m_episodeSeconds == 1 ? measured : std::max(m_ceilingKbps, measured);
        }
        if (linkVideoKbps >= 0)
            m_lastLinkVideoKbps = linkVideoKbps;
        ++m_episodeSeconds;
        m_ceilingAgeSeconds = 0;
        m_carefulSteps = 0;
        // Drain the backlog too: the longer the queue, the further below the link rate. At
        // least a 10 % cut per second of congestion, so an unmeasurable link still converges.
        const double drain = worstQueueMs > 1000 ? 0.7 : 0.85;
        const int sustainable = linkVideoKbps >= 0 ? roundDown100(linkVideoKbps * drain) : o.nominalKbps;
        m_targetKbps = std::max(o.minKbps, std::min(sustainable, roundDown100(m_targetKbps * 0.9)));
        return m_targetKbps;
    }
    m_episodeSeconds = 0;
    if (!clear) {
        m_clearSeconds = 0;
        return m_targetKbps;
    }
    if (++m_clearSeconds < o.stepUpEverySeconds || m_targetKbps >= o.nominalKbps)
        return m_targetKbps;
    m_clearSeconds = 0;
    const int fullStep = std::max(100, roundDown100(o.nominalKbps * o.stepUpFraction));
    int step = fullStep;
    // Near the level the link carried when it last congested, and past it while that is
    // remembered, creep up: a third of a step twice, then doubling every second step that stays
    // clear. The socket buffer hides a small overshoot for many seconds, so one clear probe does
    // not prove the link has grown; doubling still brings a cleared link back within seconds.
    // (Modelled with a socket buffer in tst_bitratecontroller: faster doubling saws higher
    // under a lasting cap and drops more; linear steps take over 20 s to recover.)
    if (m_targetKbps + fullStep > m_ceilingKbps * 0.9 && m_ceilingKbps < o.nominalKbps) {
        const int small = std::max(100, fullStep / 3);
        step = std::min(fullStep, small << std::min(m_carefulSteps / 2, 8));
        ++m_carefulSteps;
    }
    m_targetKbps = std::min(o.nominalKbps, m_targetKbps + step);
    return m_targetKbps;
}

}  // namespace vida3::encoder
