// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/channelfilters.h"

#include "studio/audio/decibels.h"

#include <algorithm>
#include <cmath>

namespace vida3::studio::audio {

ChannelFilters::ChannelFilters(int sampleRate, int channels) : m_rate(sampleRate), m_channels(channels)
{
}

void ChannelFilters::process(float *interleaved, int frames, const FilterControl &control)
{
    const int count = frames * m_channels;
    if (control.noiseSuppression.load(std::memory_order_relaxed)) {
        if (!m_suppressor)
            m_suppressor = std::make_unique<NoiseSuppressor>(m_rate, m_channels);
        m_suppressor->process(interleaved, frames, control.suppressionDb.load(std::memory_order_relaxed));
    }
    if (control.gate.load(std::memory_order_relaxed)) {
        if (!m_gate)
            m_gate.emplace(m_rate);
        m_gate->process(interleaved, frames, m_channels, control.gateOpenDb.load(std::memory_order_relaxed),
                        control.gateCloseDb.load(std::memory_order_relaxed));
    }
    const double gainDb = std::clamp(control.gainDb.load(std::memory_order_relaxed), -30.0, 30.0);
    if (gainDb != 0) {
        const auto gain = static_cast<float>(dbToGain(gainDb));
        for (int i = 0; i < count; ++i)
            interleaved[i] *= gain;
    }
    if (control.compressor.load(std::memory_order_relaxed)) {
        if (!m_compressor)
            m_compressor.emplace(m_rate);
        m_compressor->process(interleaved, frames, m_channels, control.compressorRatio.load(std::memory_order_relaxed),
                              control.compressorThresholdDb.load(std::memory_order_relaxed));
    }
    applyMonoAndBalance(interleaved, frames, m_channels, control.mono.load(std::memory_order_relaxed),
                        control.balance.load(std::memory_order_relaxed));
}

}  // namespace vida3::studio::audio
