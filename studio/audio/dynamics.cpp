// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/dynamics.h"

#include "studio/audio/decibels.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vida3::studio::audio {

namespace {
float coefficient(double seconds, int sampleRate)
{
    return static_cast<float>(std::exp(-1.0 / (seconds * sampleRate)));
}

float peakOf(const float *frame, int channels)
{
    float peak = 0;
    for (int c = 0; c < channels; ++c)
        peak = std::max(peak, std::fabs(frame[c]));
    return peak;
}
}  // namespace

NoiseGate::NoiseGate(int sampleRate)
    : m_decay(coefficient(0.02, sampleRate)), m_attackStep(static_cast<float>(1.0 / (0.025 * sampleRate))),
      m_releaseStep(static_cast<float>(1.0 / (0.150 * sampleRate))), m_holdSamples(sampleRate / 5)
{
}

void NoiseGate::process(float *interleaved, int frames, int channels, double openDb, double closeDb)
{
    const auto open = static_cast<float>(dbToGain(openDb));
    const auto close = static_cast<float>(dbToGain(std::min(closeDb, openDb)));
    for (int f = 0; f < frames; ++f) {
        float *frame = interleaved + static_cast<long>(f) * channels;
        m_level = std::max(peakOf(frame, channels), m_level * m_decay);
        if (!m_open && m_level >= open) {
            m_open = true;
            m_hold = m_holdSamples;
        } else if (m_open) {
            if (m_level >= close)
                m_hold = m_holdSamples;
            else if (m_hold > 0)
                --m_hold;
            else
                m_open = false;
        }
        m_gain = m_open ? std::min(1.0f, m_gain + m_attackStep) : std::max(0.0f, m_gain - m_releaseStep);
        for (int c = 0; c < channels; ++c)
            frame[c] *= m_gain;
    }
}

Compressor::Compressor(int sampleRate) : m_attack(coefficient(0.006, sampleRate)), m_release(coefficient(0.060, sampleRate))
{
}

void Compressor::process(float *interleaved, int frames, int channels, double ratio, double thresholdDb)
{
    const double slope = 1.0 - 1.0 / std::max(1.0, ratio);
    for (int f = 0; f < frames; ++f) {
        float *frame = interleaved + static_cast<long>(f) * channels;
        // The detector follows peaks at once and falls at the release rate; the gain then moves
        // toward its target at the attack rate (down) or the release rate (up).
        m_envelope = std::max(peakOf(frame, channels), m_envelope * m_release);
        const double levelDb = gainToDb(m_envelope);
        const auto target = static_cast<float>(dbToGain(levelDb > thresholdDb ? slope * (thresholdDb - levelDb) : 0.0));
        const float k = target < m_lastGain ? m_attack : m_release;
        m_lastGain = k * m_lastGain + (1 - k) * target;
        for (int c = 0; c < channels; ++c)
            frame[c] *= m_lastGain;
    }
}

double Compressor::reductionDb() const
{
    return gainToDb(m_lastGain);
}

void applyMonoAndBalance(float *interleaved, int frames, int channels, bool mono, double balance)
{
    if (channels != 2)
        return;
    const bool pan = std::fabs(balance) > 0.02;
    if (!mono && !pan)
        return;
    // Sine law on b in 0..1 (0.5 centre): left × sin((1 − b)·π/2), right × sin(b·π/2),
    // normalised so the centre is unity.
    const double b = (std::clamp(balance, -1.0, 1.0) + 1) / 2;
    const auto left = static_cast<float>(pan ? std::sin((1 - b) * std::numbers::pi / 2) / std::sin(std::numbers::pi / 4) : 1.0);
    const auto right = static_cast<float>(pan ? std::sin(b * std::numbers::pi / 2) / std::sin(std::numbers::pi / 4) : 1.0);
    for (int f = 0; f < frames; ++f) {
        float *frame = interleaved + static_cast<long>(f) * 2;
        if (mono)
            frame[0] = frame[1] = (frame[0] + frame[1]) / 2;
        frame[0] *= std::min(1.0f, left);
        frame[1] *= std::min(1.0f, right);
    }
}

}  // namespace vida3::studio::audio
