// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>

namespace vida3::studio::audio {

// EBU R128 / ITU-R BS.1770 loudness of the programme through libebur128: momentary (400 ms),
// short-term (3 s) and integrated (gated, since the start) LUFS, and the true peak.
// Not thread-safe (render thread); read the figures where they are added.
class LoudnessMeter
{
public:
    LoudnessMeter(int sampleRate, int channels);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter &) = delete;
    LoudnessMeter &operator=(const LoudnessMeter &) = delete;

    bool isValid() const { return m_state != nullptr; }
    void add(const float *interleaved, int frames);
    // LUFS; kSilenceDb until there is enough signal (momentary 0.4 s, short-term 3 s, and
    // integrated once a block passes the gate).
    double momentary() const;
    double shortTerm() const;
    double integrated() const;
    // Highest true peak (dBTP) of the frames added since the last call.
    double takeTruePeakDbtp();

private:
    struct State;  // owns libebur128's state (an anonymous struct: no forward declaration)
    enum class Window { Momentary, ShortTerm, Integrated };
    double measure(Window window) const;
    std::unique_ptr<State> m_state;
    int m_channels;
    double m_truePeak = 0;  // linear
};

}  // namespace vida3::studio::audio
