// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace vida3::studio::audio {

// The programme's safety limiter: keeps the true peak (the peak between samples too, as a DAC
// or a lossy encoder reconstructs it, ITU-R BS.1770-4 annex 2) at or below a ceiling, with a
// short lookahead so the gain is already down when a peak arrives and never clips it.
// Detection: 4× oversampling with a windowed-sinc interpolator. Gain: the minimum over the
// lookahead window, released exponentially, then smoothed by a moving average as long as the
// window, so it ramps down over the lookahead instead of stepping (no clicks).
// Delays the audio by latencyFrames() (2 ms of lookahead and 7 frames: far inside one video
// frame). Not thread-safe (render thread).
class TruePeakLimiter
{
public:
    TruePeakLimiter(int sampleRate, int channels, double ceilingDbtp = -1.0);

    // Limits in place.
    void process(float *interleaved, int frames);
    int latencyFrames() const;
    // The smallest gain applied since the last call (1 = nothing limited), for meters.
    double takeMaxReductionDb();

private:
    double detect(const float *frame);  // true peak of the newest frame (all channels)
    double smoothedGain(double required);

    static constexpr int kTaps = 16;  // per phase; 3 phases between samples (4× oversampling)
    int m_channels;
    int m_lookahead;
    double m_ceiling;
    double m_release;  // per-frame recovery coefficient toward 1
    std::array<std::array<double, kTaps>, 3> m_phases{};
    std::vector<float> m_history;  // last kTaps input frames per channel, for the interpolator
    int m_historyPos = 0;
    std::vector<float> m_delay;    // the audio, delayed by the detector's latency plus lookahead
    int m_delayPos = 0;
    // Sliding minimum of required gains: a fixed ring (no allocation on the render thread) of
    // (frame, gain), gains rising from front to back; at most lookahead + 1 entries.
    struct Required
    {
        long long frame;
        double gain;
    };
    std::vector<Required> m_window;
    std::size_t m_windowHead = 0;
    std::size_t m_windowSize = 0;
    std::vector<double> m_box;     // moving average of the held gain
    int m_boxPos = 0;
    double m_boxSum;
    double m_held = 1.0;
    long long m_frame = 0;
    double m_minGain = 1.0;
};

}  // namespace vida3::studio::audio
