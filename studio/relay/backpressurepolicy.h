// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <optional>

namespace vida3::studio::relay {

// Decides, every stats window, whether a page should send fewer (and cheaper) frames or may
// climb back: multiplicative decrease (x0.75 of what arrived) on overload, a tenth of the
// page's rate back after kCalmWindowsToRaise calm windows — a quick climb puts the load
// straight back. Overload means any of: the output lost frames (the machine is short of CPU
// and the page's encoder is part of the load), frames arrive long after capture (they queue in
// the socket), a third of the page's frames are never shown (it sends more than the studio
// renders), or decoding keeps the source's decode thread more than 80 % busy. Frames replaced now and then
// at equal rates are jitter, not overload: PhaseAligner handles those.
// Pure arithmetic; not thread-safe (one per connection, on the relay thread).
class BackpressurePolicy
{
public:
    static constexpr int kMinFps = 5;
    static constexpr double kMinQuality = 0.3;
    static constexpr double kMaxQuality = 0.8;
    static constexpr int kCalmWindowsToRaise = 3;
    static constexpr int64_t kOutputLossesToSlow = 2;

    // What happened during one window.
    struct Window
    {
        double seconds = 2.0;
        int64_t decoded = 0;       // frames decoded and published
        int64_t dropped = 0;       // of those, replaced before the render thread took them
        int64_t stamped = 0;       // frames whose capture time is known
        int64_t late = 0;          // of those, received more than 150 ms after capture
        int64_t outputLosses = 0;  // output frames lost (missed + skipped), all sources
        double relayLoad = 0;      // the busy share of the source's decode thread, 0..1
    };

    enum class Reason { OutputLosingFrames, ArrivingLate, DecodingSaturated, MoreThanShown, Calm };

    struct Hint
    {
        int fps = 0;
        double quality = kMaxQuality;
        Reason reason = Reason::Calm;
    };

    explicit BackpressurePolicy(int pageFps) : m_pageFps(pageFps) {}

    // A new hint to send, or nullopt when the last one stands.
    std::optional<Hint> update(const Window &window);
    static const char *describe(Reason reason);

private:
    int m_pageFps;
    int m_fps = 0;  // 0: no hint sent yet
    double m_quality = kMaxQuality;
    int m_calmWindows = 0;
};

}  // namespace vida3::studio::relay
