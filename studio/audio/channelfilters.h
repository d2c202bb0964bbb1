// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/dynamics.h"
#include "studio/audio/filtersettings.h"
#include "studio/audio/noisesuppressor.h"

#include <memory>
#include <optional>

namespace vida3::studio::audio {

// One channel's filter chain, run by the mixer before the fader: noise suppression → noise
// gate → gain → compressor → mono/balance, each as its FilterControl says at that block. A
// filter's state is made the first time it is switched on and kept, so switching it off and on
// again does not click.
// Not thread-safe: the mixer's render thread (the control is read atomically).
class ChannelFilters
{
public:
    ChannelFilters(int sampleRate, int channels);
    void process(float *interleaved, int frames, const FilterControl &control);

private:
    const int m_rate;
    const int m_channels;
    std::unique_ptr<NoiseSuppressor> m_suppressor;  // not movable itself: the mixer keeps a vector of these
    std::optional<NoiseGate> m_gate;
    std::optional<Compressor> m_compressor;
};

}  // namespace vida3::studio::audio
