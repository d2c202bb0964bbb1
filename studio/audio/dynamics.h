// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::studio::audio {

// A noise gate with OBS's behaviour: opens when the level rises above the open threshold,
// closes when it stays below the close threshold for the hold time; the gain moves at the
// attack and release rates, so it never clicks. Stereo is gated as one (the louder side).
// Not thread-safe: the mixer's render thread.
class NoiseGate
{
public:
    explicit NoiseGate(int sampleRate);
    void process(float *interleaved, int frames, int channels, double openDb, double closeDb);
    bool isOpen() const { return m_open; }

private:
    const float m_decay;       // the level detector's fall per sample (≈ 20 ms)
    const float m_attackStep;  // gain rise per sample (25 ms from closed to open)
    const float m_releaseStep; // gain fall per sample (150 ms)
    const int m_holdSamples;   // 200 ms
    float m_level = 0;
    float m_gain = 0;
    int m_hold = 0;
    bool m_open = false;
};

// A feed-forward compressor: above the threshold the level is reduced by (1 − 1/ratio) of the
// excess; attack 6 ms, release 60 ms (OBS's defaults). Stereo-linked.
// Not thread-safe: the mixer's render thread.
class Compressor
{
public:
    explicit Compressor(int sampleRate);
    void process(float *interleaved, int frames, int channels, double ratio, double thresholdDb);
    double reductionDb() const;  // the gain reduction after the last block (≤ 0)

private:
    const float m_attack;
    const float m_release;
    float m_envelope = 0;
    float m_lastGain = 1;
};

// Mono downmix (every side gets the average) and sine-law balance (−1 left … +1 right; 0 leaves
// the sides as they are, as OBS does near the centre). Stereo only; other layouts pass.
void applyMonoAndBalance(float *interleaved, int frames, int channels, bool mono, double balance);

}  // namespace vida3::studio::audio
