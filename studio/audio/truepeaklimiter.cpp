// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/truepeaklimiter.h"

#include "studio/audio/decibels.h"

#include <cmath>
#include <cstddef>
#include <numbers>

namespace vida3::studio::audio {

namespace {
constexpr double kLookaheadSeconds = 0.002;
constexpr double kReleaseSeconds = 0.1;
// Below the ceiling by this much: the interpolator's error and the gain's slope between two
// samples stay inside it.
constexpr double kSafetyDb = 0.3;
// Each step judges the two frames 8 and 7 behind the newest (the interpolator's centre) and
// the interval between them; the gain leaving the moving average belongs to the older one
// lookahead - 1 steps later, so the audio is delayed by lookahead + 7 frames.
constexpr int kDetectorDelay = 7;
}  // namespace

TruePeakLimiter::TruePeakLimiter(int sampleRate, int channels, double ceilingDbtp)
    : m_channels(channels), m_lookahead(std::max(1, static_cast<int>(sampleRate * kLookaheadSeconds))),
      m_ceiling(dbToGain(ceilingDbtp - kSafetyDb)), m_release(1.0 - std::exp(-1.0 / (kReleaseSeconds * sampleRate))),
      m_history(static_cast<size_t>(2 * kTaps * channels), 0.0f),
      m_delay(static_cast<size_t>((kDetectorDelay + m_lookahead) * channels), 0.0f),
      m_window(static_cast<size_t>(m_lookahead) + 1), m_box(static_cast<size_t>(m_lookahead), 1.0),
      m_boxSum(m_lookahead)
{
    // Windowed sinc at 1/4, 2/4 and 3/4 of the way from tap kTaps/2-1 to tap kTaps/2.
    for (int p = 0; p < 3; ++p) {
        const double fraction = (p + 1) / 4.0;
        double sum = 0;
        for (int k = 0; k < kTaps; ++k) {
            const double x = (kTaps / 2 - 1) + fraction - k;
            const double sinc = std::sin(std::numbers::pi * x) / (std::numbers::pi * x);
            const double window = 0.5 * (1.0 + std::cos(std::numbers::pi * x / (kTaps / 2)));
            m_phases[p][k] = sinc * window;
            sum += m_phases[p][k];
        }
        for (double &c : m_phases[p])
            c /= sum;
    }
}

double TruePeakLimiter::detect(const float *frame)
{
    // Two copies of the history side by side, so the newest kTaps frames are always contiguous.
    for (int c = 0; c < m_channels; ++c) {
        m_history[m_historyPos * m_channels + c] = frame[c];
        m_history[(m_historyPos + kTaps) * m_channels + c] = frame[c];
    }
    m_historyPos = (m_historyPos + 1) % kTaps;
    const float *taps = &m_history[m_historyPos * m_channels];  // oldest first
    double peak = 0;
    for (int c = 0; c < m_channels; ++c) {
        // The sample itself and the interval after it; the interval before it was the last
        // call's, and the gain's smoothing spans both.
        peak = std::max(peak, std::fabs(static_cast<double>(taps[(kTaps / 2 - 1) * m_channels + c])));
        peak = std::max(peak, std::fabs(static_cast<double>(taps[(kTaps / 2) * m_channels + c])));
        for (const auto &phase : m_phases) {
            double v = 0;
            for (int k = 0; k < kTaps; ++k)
                v += phase[k] * taps[k * m_channels + c];
            peak = std::max(peak, std::fabs(v));
        }
    }
    return peak;
}

double TruePeakLimiter::smoothedGain(double required)
{
    // Sliding minimum over the lookahead window.
    const size_t capacity = m_window.size();
    auto at = [&](size_t i) -> Required & { return m_window[(m_windowHead + i) % capacity]; };
    while (m_windowSize > 0 && at(m_windowSize - 1).gain >= required)
        --m_windowSize;
    at(m_windowSize++) = {m_frame, required};
    while (at(0).frame <= m_frame - m_lookahead) {
        m_windowHead = (m_windowHead + 1) % capacity;
        --m_windowSize;
    }
    ++m_frame;
    // Instant attack (the window already looks ahead), exponential release.
    m_held = std::min(at(0).gain, m_held + (1.0 - m_held) * m_release);
    // Moving average over the window: reaches the minimum exactly when the peak plays out.
    m_boxSum += m_held - m_box[m_boxPos];
    m_box[m_boxPos] = m_held;
    m_boxPos = (m_boxPos + 1) % m_lookahead;
    return std::min(1.0, m_boxSum / m_lookahead);
}

void TruePeakLimiter::process(float *interleaved, int frames)
{
    const int delayFrames = kDetectorDelay + m_lookahead;
    for (int i = 0; i < frames; ++i) {
        float *frame = interleaved + static_cast<std::ptrdiff_t>(i) * m_channels;
        const double peak = detect(frame);
        const double gain = smoothedGain(peak > m_ceiling ? m_ceiling / peak : 1.0);
        m_minGain = std::min(m_minGain, gain);
        // The delay line: out goes the frame the gain belongs to, in comes the new one.
        float *slot = &m_delay[static_cast<size_t>(m_delayPos * m_channels)];
        for (int c = 0; c < m_channels; ++c) {
            const float in = frame[c];
            frame[c] = static_cast<float>(slot[c] * gain);
            slot[c] = in;
        }
        m_delayPos = (m_delayPos + 1) % delayFrames;
    }
}

int TruePeakLimiter::latencyFrames() const
{
    return kDetectorDelay + m_lookahead;
}

double TruePeakLimiter::takeMaxReductionDb()
{
    const double db = gainToDb(m_minGain);
    m_minGain = 1.0;
    return db;
}

}  // namespace vida3::studio::audio
