// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vida3::studio::audio {

// Sample peak and RMS over a stretch of interleaved float PCM (all channels together), as a
// meter reads them: add blocks as they pass, read the figures, reset for the next stretch.
// Not thread-safe.
class LevelMeter
{
public:
    void add(const float *interleaved, int frames, int channels);
    void merge(const LevelMeter &other);
    double peakDbfs() const;  // kSilenceDb when nothing (or only zeros) was added
    double rmsDbfs() const;
    bool empty() const { return m_samples == 0; }
    void reset();

private:
    float m_peak = 0;
    double m_sumSquares = 0;
    long long m_samples = 0;
};

}  // namespace vida3::studio::audio
