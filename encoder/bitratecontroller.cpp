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
    for (const Sample &s : liveOutputs) {
        if (s.queueMs > o.clearQueueMs)
            clear = false;
        if (s.queueMs >= o.congestedQueueMs) {
            congested = true;
            // The link moved sendKbps while the queue grew: that is about what it can carry.
            double videoKbps = s.sendKbps - o.audioKbps;
            // Drain the backlog too: the longer the queue, the further below the link rate.
            const double drain = s.queueMs > 1000 ? 0.7 : 0.85;
            sustainableKbps = std::min(sustainableKbps, videoKbps * drain);
        }
    }
    if (congested) {
        m_clearSeconds = 0;
        // At least a 10 % cut per second of congestion, so an unmeasurable link still converges.
        const int cut = std::min(roundDown100(sustainableKbps), roundDown100(m_targetKbps * 0.9));
        if (m_targetKbps > cut) {
            m_ceilingKbps = m_targetKbps;
            m_ceilingAgeSeconds = 0;
        }
        m_targetKbps = std::max(o.minKbps, cut);
        return m_targetKbps;
    }
    if (!clear) {
        m_clearSeconds = 0;
        return m_targetKbps;
    }
    if (++m_clearSeconds < o.stepUpEverySeconds || m_targetKbps >= o.nominalKbps)
        return m_targetKbps;
    m_clearSeconds = 0;
    int step = std::max(100, roundDown100(o.nominalKbps * o.stepUpFraction));
    // Just below the level that congested recently, creep up in small steps; once past it
    // without congestion, the link has changed and full steps resume.
    if (m_targetKbps < m_ceilingKbps && m_targetKbps + step > m_ceilingKbps * 0.9)
        step = std::max(100, step / 3);
    m_targetKbps = std::min(o.nominalKbps, m_targetKbps + step);
    if (m_targetKbps >= m_ceilingKbps)
        m_ceilingKbps = o.nominalKbps;
    return m_targetKbps;
}

}  // namespace vida3::encoder
