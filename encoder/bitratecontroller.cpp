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
        // the highest rate measured in this episode, below the one that overran it. The first
        // congested second does not count once a second one follows: part of it still went
        // into the socket buffer at the full rate, so it reads above the link. Otherwise the
        // climb back would race past the real limit and congest again.
        const int measured = std::min(m_overranKbps, roundDown100(linkVideoKbps));
        if (m_episodeSeconds == 0) {
            m_overranKbps = m_targetKbps;
            m_ceilingKbps = std::min(m_targetKbps, roundDown100(linkVideoKbps));
        } else if (m_episodeSeconds == 1) {
            m_ceilingKbps = measured;
        } else {
            m_ceilingKbps = std::max(m_ceilingKbps, measured);
        }
        ++m_episodeSeconds;
        // A draining link still carries its full rate: one low reading (a write blocked across
        // the second's edge, a scheduling hiccup) must not throw the rate to the floor and make
        // the climb back long. The 10 % cut per second below still follows a link that falls.
        if (m_episodeSeconds >= 2)
            sustainableKbps = std::max(sustainableKbps, m_ceilingKbps * 0.7);
        m_ceilingAgeSeconds = 0;
        m_carefulSteps = 0;
        // At least a 10 % cut per second of congestion, so an unmeasurable link still converges.
        const int cut = std::min(roundDown100(sustainableKbps), roundDown100(m_targetKbps * 0.9));
        m_targetKbps = std::max(o.minKbps, cut);
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
