// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/loudnessmeter.h"

#include "studio/audio/decibels.h"

#include <ebur128.h>

#include <cmath>

namespace vida3::studio::audio {

namespace {
double lufsOrSilence(int status, double lufs)
{
    return status == EBUR128_SUCCESS && std::isfinite(lufs) ? std::max(kSilenceDb, lufs) : kSilenceDb;
}
}  // namespace

struct LoudnessMeter::State
{
    explicit State(ebur128_state *s) : st(s) {}
    ~State() { ebur128_destroy(&st); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    ebur128_state *st;
};

LoudnessMeter::LoudnessMeter(int sampleRate, int channels) : m_channels(channels)
{
    // The histogram keeps the integrated measure's memory constant over hours of streaming.
    ebur128_state *st = ebur128_init(static_cast<unsigned>(channels), static_cast<unsigned long>(sampleRate),
                                     EBUR128_MODE_M | EBUR128_MODE_S | EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM |
                                         EBUR128_MODE_TRUE_PEAK);
    if (st)
        m_state = std::make_unique<State>(st);
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::add(const float *interleaved, int frames)
{
    if (!m_state || frames <= 0)
        return;
    if (ebur128_add_frames_float(m_state->st, interleaved, static_cast<size_t>(frames)) != EBUR128_SUCCESS)
        return;
    for (int c = 0; c < m_channels; ++c) {
        double peak = 0;
        if (ebur128_prev_true_peak(m_state->st, static_cast<unsigned>(c), &peak) == EBUR128_SUCCESS)
            m_truePeak = std::max(m_truePeak, peak);
    }
}

double LoudnessMeter::measure(Window window) const
{
    if (!m_state)
        return kSilenceDb;
    double lufs = 0;
    const int status = window == Window::Momentary ? ebur128_loudness_momentary(m_state->st, &lufs)
        : window == Window::ShortTerm              ? ebur128_loudness_shortterm(m_state->st, &lufs)
                                                   : ebur128_loudness_global(m_state->st, &lufs);
    return lufsOrSilence(status, lufs);
}

double LoudnessMeter::momentary() const
{
    return measure(Window::Momentary);
}

double LoudnessMeter::shortTerm() const
{
    return measure(Window::ShortTerm);
}

double LoudnessMeter::integrated() const
{
    return measure(Window::Integrated);
}

double LoudnessMeter::takeTruePeakDbtp()
{
    const double db = gainToDb(m_truePeak);
    m_truePeak = 0;
    return db;
}

}  // namespace vida3::studio::audio
