// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::app {

// How a broadcast meter moves (OBS's numbers, reference/audio-camera.md §1.3): the peak bar
// rises at once and falls 23.53 dB/s (40 dB in 1.7 s, a PPM); the RMS bar integrates to 99 %
// in 300 ms (VU-like); the peak hold stays 20 s; a peak at or over 0 dBFS lights the clip
// indicator for 1 s. Levels are dBFS, floored at the scale's bottom. Pure: feed it readings
// and the time since the last one.
class MeterBallistics
{
public:
    static constexpr double kFloorDb = -60;
    static constexpr double kDecayDbPerS = 23.53;
    static constexpr double kRmsIntegrationS = 0.3;
    static constexpr double kHoldS = 20;
    static constexpr double kClipS = 1;

    void update(double peakDbfs, double rmsDbfs, double dtS);
    double peak() const { return m_peak; }
    double rms() const { return m_rms; }
    double hold() const { return m_hold; }
    bool clipping() const { return m_clipS > 0; }

private:
    double m_peak = kFloorDb;
    double m_rms = kFloorDb;
    double m_hold = kFloorDb;
    double m_holdAgeS = 0;
    double m_clipS = 0;
};

}  // namespace vida3::app
