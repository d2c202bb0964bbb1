// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <cstdint>

namespace vida3::studio::relay {

// Relates a sender's wall clock to ours, so a frame's capture timestamp (the sender's clock,
// µs since the epoch) can be placed on our steady clock and its latency measured from capture.
// The sender reports its clock now and then ({"type":"clock"}); each report gives
// offset + one-way delay, and the smallest of the recent ones is the best estimate of the
// offset (the delay is never negative; on loopback it is a few µs). A peer on the same machine
// shares our clock and the offset comes out near zero; one on the LAN may be seconds apart.
// Not thread-safe: one per connection, on the relay thread.
class SenderClock
{
public:
    static constexpr int kReports = 8;
    static constexpr int64_t kMaxAgeUs = 5'000'000;  // an older "capture" is not believed

    void addReport(int64_t senderUs, int64_t ourWallUs);
    bool isKnown() const { return m_count > 0; }
    // The capture time senderTimestampUs on our steady clock, given that the message arrived
    // at receivedSteadyUs = receivedWallUs; 0 if the offset is unknown or the result is not
    // plausible (in the future, or older than kMaxAgeUs).
    int64_t toSteadyUs(int64_t senderTimestampUs, int64_t receivedSteadyUs, int64_t receivedWallUs) const;

private:
    int64_t offsetUs() const;

    std::array<int64_t, kReports> m_offsetsUs{};
    int m_count = 0;
    int m_next = 0;
};

}  // namespace vida3::studio::relay
