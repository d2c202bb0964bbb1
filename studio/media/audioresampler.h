// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <vector>

struct AVFrame;
struct SwrContext;

namespace vida3::studio::media {

// Decoded audio frames of any format, rate and layout to the output's interleaved float at its
// rate and channel count, with libswresample (mono goes to both sides, 5.1 is downmixed).
// Rebuilt only when the input changes. Not thread-safe: one per decode thread.
class AudioResampler
{
public:
    AudioResampler(int outputRate, int outputChannels);
    ~AudioResampler();
    AudioResampler(const AudioResampler &) = delete;
    AudioResampler &operator=(const AudioResampler &) = delete;

    // The frame's samples, converted; the vector is reused by the next call.
    Expected<const std::vector<float> *> convert(const AVFrame *frame);
    // Forget the resampler's delay line (after a seek).
    void reset();

private:
    const int m_outRate;
    const int m_outChannels;
    SwrContext *m_swr = nullptr;
    int m_inFormat = -1;
    int m_inRate = 0;
    int m_inChannels = 0;
    std::vector<float> m_out;
};

}  // namespace vida3::studio::media
