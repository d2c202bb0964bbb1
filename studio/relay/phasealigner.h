// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <span>

namespace vida3::studio::relay {

// Lines a browser source's frames up with the studio's render ticks. The browser and the
// studio run independent 30 fps clocks, so a decoded frame waits anywhere between 0 and one
// tick for the render thread to take it: a third of a frame of latency on average, a whole
// frame at worst. The waits of recent frames, taken as phases on the render period (circular
// statistics, so waits just under a period and just over zero are neighbours), show where the
// source's frames land; the source is asked to shift its capture schedule once so they land
// kTargetWaitUs before a tick — early enough to absorb the sender's and the decoder's jitter,
// late enough to add little latency.
// Pure arithmetic; not thread-safe (one per connection, on the relay thread).
class PhaseAligner
{
public:
    static constexpr int kTargetWaitUs = 8000;
    static constexpr int kToleranceUs = 4000;  // closer than this to the target: leave it
    static constexpr int kMinSamples = 20;
    // The phases must cluster (mean resultant length of the circular samples): rates that
    // differ make the phase drift and no single shift helps.
    static constexpr double kMinConcentration = 0.6;

    // The shift in µs the source should add once to its capture schedule (negative: capture
    // sooner; |shift| ≤ half a period), or nullopt: aligned, too few samples, no render period
    // known, or no stable phase.
    static std::optional<int> shiftUs(std::span<const int> waitsUs, int periodUs);
};

}  // namespace vida3::studio::relay
