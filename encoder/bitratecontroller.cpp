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
    double sustainableKbps = o.nominalKbps;
    double linkVideoKbps = o.nominalKbps;  // what the slowest congested link carried, video only
    for (const Sample &s : liveOutputs) {
        if (s.queueMs > o.clearQueueMs)
            clear = false;
        if (s.queueMs >= o.congestedQueueMs) {
            congested = true;
            // The link moved sendKbps while the queue grew: that is about what it can carry.
            double videoKbps = s.sendKbps - o.audioKbps;
            if (s.sendKbps > 0)
                linkVideoKbps = std::min(linkVideoKbps, videoKbps);
            // Drain the backlog too: the longer the queue, the further below the link rate.
            const double drain = s.queueMs > 1000 ? 0.7 : 0.85;
            sustainableKbps = std::min(sustainableKbps, videoKbps * drain);
        }
    }
    if (congested) {
        m_clearSeconds = 0;
        // The ceiling is what the link carried, not the rate that overran it nor the lower
        // rates tried while the backlog drains (a draining link still carries its full rate):
        // the highest rate measured in this episode, below the one that overran it. Otherwise
        // the climb back would race past the real limit in full steps and congest again.
        if (!m_wasCongested) {
            m_overranKbps = m_targetKbps;
            m_ceilingKbps = 0;
        }
        m_ceilingKbps = std::max(m_ceilingKbps, std::min(m_overranKbps, roundDown100(linkVideoKbps)));
        m_ceilingAgeSeconds = 0;
        m_wasCongested = true;
        // At least a 10 % cut per second of congestion, so an unmeasurable link still converges.
        const int cut = std::min(roundDown100(sustainableKbps), roundDown100(m_targetKbps * 0.9));
        m_targetKbps = std::max(o.minKbps, cut);
        return m_targetKbps;
    }
    m_wasCongested = false;
    if (!clear) {
        m_clearSeconds = 0;
        return m_targetKbps;
    }
    if (++m_clearSeconds < o.stepUpEverySeconds || m_targetKbps >= o.nominalKbps)
        return m_targetKbps;
    m_clearSeconds = 0;
    int step = std::max(100, roundDown100(o.nominalKbps * o.stepUpFraction));
    // Near the level the link carried when it last congested, creep up in small steps, and
    // probe past it by one: a small overshoot costs a short queue, not dropped frames. Past it
    // without congestion, the link has changed and full steps resume.
    const int small = std::max(100, step / 3);
    const int probeEnd = m_ceilingKbps + small;
    if (m_targetKbps < probeEnd && m_targetKbps + step > m_ceilingKbps * 0.9)
        step = small;
    m_targetKbps = std::min(o.nominalKbps, m_targetKbps + step);
    if (m_targetKbps >= probeEnd)
        m_ceilingKbps = o.nominalKbps;
    return m_targetKbps;
}

}  // namespace vida3::encoder
