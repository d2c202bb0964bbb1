// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/audiomixer.h"

#include "studio/audio/decibels.h"
#include "studio/session/audioinput.h"

#include <algorithm>
#include <cmath>

namespace vida3::studio {

namespace {
AudioGenerator::Programme toneOf(const std::vector<audio::MixerChannel> &inputs)
{
    const bool tone = std::any_of(inputs.begin(), inputs.end(), [](const audio::MixerChannel &c) { return !c.source; });
    return tone ? AudioGenerator::Programme::SoftTone : AudioGenerator::Programme::Silence;
}
}  // namespace

AudioMixer::AudioMixer(Options options)
    : m_options(std::move(options)),
      m_generator(m_options.sampleRate, m_options.channels, m_options.fps, toneOf(m_options.inputs))
{
    const size_t size = static_cast<size_t>(m_generator.maxSamplesPerFrame() * m_options.channels);
    m_mix.resize(size);
    m_scratch.resize(size);
    if (m_options.limiter)
        m_limiter.emplace(m_options.sampleRate, m_options.channels);
    if (m_options.levels)
        m_loudness.emplace(m_options.sampleRate, m_options.channels);
    m_frame.channels.resize(m_options.inputs.size());
    m_ramps.resize(m_options.inputs.size());
    m_delays.resize(m_options.inputs.size());
    for (size_t i = 0; i < m_options.inputs.size(); ++i)
        m_filters.emplace_back(m_options.sampleRate, m_options.channels);
    for (size_t i = 0; i < m_options.inputs.size(); ++i) {
        const audio::ChannelControl &control = *m_options.inputs[i].control;
        const double db = control.faderDb.load();
        m_ramps[i] = {static_cast<float>(std::isfinite(db) ? audio::dbToGain(std::min(audio::kMaxFaderDb, db)) : 0.0),
                      control.muted.load() ? 0.0f : 1.0f};
    }
}

void AudioMixer::resetLoudness()
{
    m_resetLoudness = true;
}

void AudioMixer::addChannel(size_t index, const float *pcm, int samples)
{
    const audio::MixerChannel &channel = m_options.inputs[index];
    const double raw = channel.control->faderDb.load(std::memory_order_relaxed);
    const double faderDb = std::isnan(raw) ? audio::kSilenceDb : std::min(audio::kMaxFaderDb, raw);
    const bool muted = channel.control->muted.load(std::memory_order_relaxed);
    // Fader and mute move across the frame, not in one step per frame (no zipper, no click).
    Ramp &ramp = m_ramps[index];
    const auto fader = static_cast<float>(std::isfinite(faderDb) ? audio::dbToGain(faderDb) : 0.0);
    const float open = muted ? 0.0f : 1.0f;
    const int channels = m_options.channels;
    const float step = 1.0f / static_cast<float>(std::max(1, samples));
    float inputPeak = 0;
    for (int f = 0; f < samples; ++f) {
        const float t = static_cast<float>(f + 1) * step;
        const float g = ramp.fader + (fader - ramp.fader) * t;
        const float m = ramp.open + (open - ramp.open) * t;
        for (int c = 0; c < channels; ++c) {
            const size_t i = static_cast<size_t>(f * channels + c);
            float v = pcm[i];
            if (!std::isfinite(v))  // one bad sample must not poison the limiter and the meters
                v = 0.0f;
            inputPeak = std::max(inputPeak, std::fabs(v));
            m_scratch[i] = v * g;
            m_mix[i] += v * g * m;
        }
    }
    ramp.fader = fader;
    ramp.open = open;
    if (m_options.levels) {
        audio::FrameLevels::Channel &levels = m_frame.channels[index];
        levels.meter.reset();
        levels.meter.add(m_scratch.data(), samples, channels);
        levels.inputPeak = inputPeak;
        levels.faderDb = faderDb;
        levels.muted = muted;
        levels.filterMask = channel.control->filters.activeMask();
        levels.latencyMs = channel.source ? channel.source->latencyMs() : 0;
        levels.syncOffsetMs = std::clamp(channel.control->syncOffsetMs.load(std::memory_order_relaxed),
                                         audio::kMinSyncOffsetMs, audio::kMaxSyncOffsetMs);
        levels.state = channel.source ? channel.source->state() : QStringLiteral("live");
    }
}

void AudioMixer::applyDelay(size_t index, int offsetMs, int samples)
{
    const int64_t offsetFrames = int64_t{std::clamp(offsetMs, 0, audio::kMaxSyncOffsetMs)} * m_options.sampleRate / 1000;
    // The delay line exists from the first offset on and keeps running after it goes back to 0,
    // so changing the offset never loses more than the jump itself.
    if (offsetFrames > 0 && !m_delays[index])
        m_delays[index].emplace(m_options.channels, audio::kMaxSyncOffsetMs * m_options.sampleRate / 1000);
    if (m_delays[index])
        m_delays[index]->process(m_scratch.data(), samples, static_cast<int>(offsetFrames));
}

int64_t AudioMixer::firstSampleOf(int64_t frameIndex) const
{
    return frameIndex * m_options.sampleRate / std::max(1, m_options.fps);
}

int AudioMixer::render(int64_t frameIndex, const float **interleaved)
{
    const float *tone = nullptr;
    const int samples = m_generator.render(frameIndex, &tone);
    const int count = samples * m_options.channels;
    std::fill_n(m_mix.begin(), count, 0.0f);
    for (size_t i = 0; i < m_options.inputs.size(); ++i) {
        const audio::MixerChannel &channel = m_options.inputs[i];
        // The source adds into a zeroed buffer (the tone is copied in); the filters and the fader
        // then work on that buffer in place.
        std::fill_n(m_scratch.begin(), count, 0.0f);
        if (!channel.source) {
            std::copy_n(tone, count, m_scratch.begin());
            applyDelay(i, channel.control->syncOffsetMs.load(std::memory_order_relaxed), samples);
            m_filters[i].process(m_scratch.data(), samples, channel.control->filters);
            addChannel(i, m_scratch.data(), samples);
            continue;
        }
        const int offsetMs = std::clamp(channel.control->syncOffsetMs.load(std::memory_order_relaxed),
                                        audio::kMinSyncOffsetMs, audio::kMaxSyncOffsetMs);
        const int64_t offsetFrames = int64_t{offsetMs} * m_options.sampleRate / 1000;
        AudioFrameRequest request{frameIndex, firstSampleOf(frameIndex), 0};
        if (channel.source->appliesSyncOffset()) {
            request.offsetFrames = offsetFrames;
            channel.source->mixFrame(request, m_scratch.data(), samples, m_options.channels);
        } else {
            channel.source->mixFrame(request, m_scratch.data(), samples, m_options.channels);
            applyDelay(i, offsetMs, samples);
        }
        m_filters[i].process(m_scratch.data(), samples, channel.control->filters);
        addChannel(i, m_scratch.data(), samples);
    }
    if (m_limiter)
        m_limiter->process(m_mix.data(), samples);
    for (int i = 0; i < count; ++i)
        m_mix[static_cast<size_t>(i)] = std::clamp(m_mix[static_cast<size_t>(i)], -1.0f, 1.0f);
    if (m_options.levels) {
        if (m_resetLoudness.exchange(false))
            m_loudness.emplace(m_options.sampleRate, m_options.channels);
        m_loudness->add(m_mix.data(), samples);
        m_frame.programme.reset();
        m_frame.programme.add(m_mix.data(), samples, m_options.channels);
        m_frame.lufsMomentary = m_loudness->momentary();
        m_frame.lufsShortTerm = m_loudness->shortTerm();
        m_frame.lufsIntegrated = m_loudness->integrated();
        m_frame.truePeakDbtp = m_loudness->takeTruePeakDbtp();
        m_frame.limiterReductionDb = m_limiter ? m_limiter->takeMaxReductionDb() : 0.0;
        m_options.levels->post(m_frame);
    }
    *interleaved = m_mix.data();
    return samples;
}

}  // namespace vida3::studio
