// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/audiolevels.h"
#include "studio/audio/channelfilters.h"
#include "studio/audio/delayline.h"
#include "studio/audio/loudnessmeter.h"
#include "studio/audio/mixerchannel.h"
#include "studio/audio/truepeaklimiter.h"
#include "studio/session/audiogenerator.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace vida3::studio {

// The programme audio of each output frame. Every channel (the VIDA³ tone, microphones,
// desktop audio, browser sources) is rendered into its own buffer, scaled by its fader and
// metered after it (a muted channel is metered too, and left out of the sum); the sum goes
// through the true-peak limiter and the loudness meter. Sample-accurate to the frame clock
// like AudioGenerator: frame i carries samples [i*rate/fps, (i+1)*rate/fps). Inputs deliver
// PCM already at the output rate, so the render thread only sums. No allocation per frame.
// Not thread-safe (render thread); channel controls and the levels board are.
class AudioMixer
{
public:
    struct Options
    {
        int sampleRate = 48000;
        int channels = 2;
        int fps = 30;
        // A channel without a source (kind Tone) plays the VIDA³ soft tone.
        std::vector<audio::MixerChannel> inputs;
        bool limiter = true;                          // true peak ≤ −1 dBTP
        std::shared_ptr<audio::AudioLevelsBoard> levels;  // null: no meters, no loudness
    };

    explicit AudioMixer(Options options);

    // Same contract as AudioGenerator::render.
    int render(int64_t frameIndex, const float **interleaved);
    int maxSamplesPerFrame() const { return m_generator.maxSamplesPerFrame(); }
    // The integrated loudness starts again with the next frame (when an output starts, so it
    // measures the broadcast, not the idle preview before it). Any thread.
    void resetLoudness();

private:
    struct Ramp
    {
        float fader = 1;  // the gains reached at the end of the last frame
        float open = 1;   // 0 muted, 1 not
    };
    void addChannel(size_t index, const float *pcm, int samples);
    int64_t firstSampleOf(int64_t frameIndex) const;
    // A live channel's sync offset on m_scratch (positive offsets only; see DelayLine).
    void applyDelay(size_t index, int offsetMs, int samples);

    Options m_options;
    AudioGenerator m_generator;
    std::vector<float> m_mix;
    std::vector<float> m_scratch;
    std::optional<audio::TruePeakLimiter> m_limiter;
    std::optional<audio::LoudnessMeter> m_loudness;
    audio::FrameLevels m_frame;
    std::vector<Ramp> m_ramps;
    std::vector<std::optional<audio::DelayLine>> m_delays;  // live sources: their sync offset
    std::vector<audio::ChannelFilters> m_filters;
    std::atomic<bool> m_resetLoudness{false};
};

}  // namespace vida3::studio
