// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <vector>

struct SpeexPreprocessState_;

namespace vida3::studio::audio {

// Noise suppression with speexdsp's preprocessor (OBS's "Speex" method; RNNoise, OBS's default,
// has no Debian package): one state per side, 10 ms frames, so the channel is 10 ms later.
// Blocks of any length go in and come out; the delay stays constant.
// Not thread-safe: the mixer's render thread.
class NoiseSuppressor
{
public:
    NoiseSuppressor(int sampleRate, int channels);
    ~NoiseSuppressor();
    NoiseSuppressor(const NoiseSuppressor &) = delete;
    NoiseSuppressor &operator=(const NoiseSuppressor &) = delete;

    void process(float *interleaved, int frames, int suppressionDb);
    int latencyFrames() const { return m_frame; }

private:
    struct StateDeleter
    {
        void operator()(SpeexPreprocessState_ *s) const;
    };
    void runFrame(int suppressionDb);

    const int m_channels;
    const int m_frame;  // samples per 10 ms
    std::vector<std::unique_ptr<SpeexPreprocessState_, StateDeleter>> m_states;
    std::vector<short> m_work;   // one side of one frame, as speexdsp wants it
    std::vector<float> m_in;     // interleaved, up to one frame waiting
    std::vector<float> m_out;    // interleaved, processed and waiting to go out
    int m_inFill = 0;
    size_t m_outRead = 0;
    int m_level = 1;  // never a valid level: the first frame always sets it
};

}  // namespace vida3::studio::audio
