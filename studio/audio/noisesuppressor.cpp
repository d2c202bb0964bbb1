// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/noisesuppressor.h"

#include <speex/speex_preprocess.h>

#include <algorithm>
#include <cmath>

namespace vida3::studio::audio {

void NoiseSuppressor::StateDeleter::operator()(SpeexPreprocessState_ *s) const
{
    speex_preprocess_state_destroy(s);
}

NoiseSuppressor::NoiseSuppressor(int sampleRate, int channels)
    : m_channels(channels), m_frame(std::max(1, sampleRate / 100)),
      m_work(static_cast<size_t>(m_frame)), m_in(static_cast<size_t>(m_frame * channels)),
      // Starts with one frame of silence queued: that is the constant 10 ms delay.
      m_out(static_cast<size_t>(m_frame * channels), 0.0f)
{
    for (int c = 0; c < channels; ++c) {
        m_states.emplace_back(speex_preprocess_state_init(m_frame, sampleRate));
        int on = 1;
        speex_preprocess_ctl(m_states.back().get(), SPEEX_PREPROCESS_SET_DENOISE, &on);
        int off = 0;
        speex_preprocess_ctl(m_states.back().get(), SPEEX_PREPROCESS_SET_AGC, &off);
        speex_preprocess_ctl(m_states.back().get(), SPEEX_PREPROCESS_SET_DEREVERB, &off);
    }
}

NoiseSuppressor::~NoiseSuppressor() = default;

void NoiseSuppressor::runFrame(int suppressionDb)
{
    if (suppressionDb != m_level) {
        m_level = suppressionDb;
        for (auto &state : m_states)
            speex_preprocess_ctl(state.get(), SPEEX_PREPROCESS_SET_NOISE_SUPPRESS, &m_level);
    }
    const size_t base = m_out.size();
    m_out.resize(base + m_in.size());
    for (int c = 0; c < m_channels; ++c) {
        for (int i = 0; i < m_frame; ++i)
            m_work[static_cast<size_t>(i)] = static_cast<short>(
                std::lround(std::clamp(m_in[static_cast<size_t>(i * m_channels + c)], -1.0f, 1.0f) * 32767.0f));
        speex_preprocess_run(m_states[static_cast<size_t>(c)].get(), m_work.data());
        for (int i = 0; i < m_frame; ++i)
            m_out[base + static_cast<size_t>(i * m_channels + c)] = static_cast<float>(m_work[static_cast<size_t>(i)]) / 32768.0f;
    }
}

void NoiseSuppressor::process(float *interleaved, int frames, int suppressionDb)
{
    const int level = std::clamp(suppressionDb, -60, 0);
    for (int f = 0; f < frames; ++f) {
        float *frame = interleaved + static_cast<long>(f) * m_channels;
        std::copy_n(frame, m_channels, m_in.begin() + m_inFill * m_channels);
        if (++m_inFill == m_frame) {
            runFrame(level);
            m_inFill = 0;
        }
        std::copy_n(m_out.begin() + static_cast<long>(m_outRead), m_channels, frame);
        m_outRead += static_cast<size_t>(m_channels);
    }
    // Keep the queue short: drop what was read (at most a frame or two stays).
    m_out.erase(m_out.begin(), m_out.begin() + static_cast<long>(m_outRead));
    m_outRead = 0;
}

}  // namespace vida3::studio::audio
