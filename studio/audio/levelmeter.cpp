// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/levelmeter.h"

#include "studio/audio/decibels.h"

#include <cmath>

namespace vida3::studio::audio {

void LevelMeter::add(const float *interleaved, int frames, int channels)
{
    const int count = frames * channels;
    float peak = m_peak;
    double sum = 0;
    for (int i = 0; i < count; ++i) {
        const float v = interleaved[i];
        peak = std::max(peak, std::fabs(v));
        sum += static_cast<double>(v) * v;
    }
    m_peak = peak;
    m_sumSquares += sum;
    m_samples += count;
}

void LevelMeter::merge(const LevelMeter &other)
{
    m_peak = std::max(m_peak, other.m_peak);
    m_sumSquares += other.m_sumSquares;
    m_samples += other.m_samples;
}

double LevelMeter::peakDbfs() const
{
    return gainToDb(m_peak);
}

double LevelMeter::rmsDbfs() const
{
    return m_samples == 0 ? kSilenceDb : gainToDb(std::sqrt(m_sumSquares / static_cast<double>(m_samples)));
}

void LevelMeter::reset()
{
    m_peak = 0;
    m_sumSquares = 0;
    m_samples = 0;
}

}  // namespace vida3::studio::audio
