// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace vida3::studio {

// Which output frame the mixer is filling, for sources that play on the output's time line.
struct AudioFrameRequest
{
    int64_t frameIndex = 0;
    int64_t firstSample = 0;  // the output's sample position of the frame's first sample
    int64_t offsetFrames = 0;  // the channel's sync offset in sample frames (positive: later)
};

// Audio the mixer adds to the programme, already at the output's sample rate and channel
// count (browser sources through the relay, microphones, desktop audio, media files).
// Thread-safety: mixInto/mixFrame are called from the render thread only and must not block
// for long.
class AudioInput
{
public:
    virtual ~AudioInput() = default;
    // Adds (sums) frames sample frames of interleaved float PCM into out.
    virtual void mixInto(float *interleaved, int frames, int channels) = 0;
    // What the mixer calls. A source that can read any position of its own time line (a media
    // file) overrides it and applies the sync offset itself (appliesSyncOffset); for the others
    // the mixer delays the sound.
    virtual void mixFrame(const AudioFrameRequest &request, float *interleaved, int frames, int channels)
    {
        (void)request;
        mixInto(interleaved, frames, channels);
    }
    virtual bool appliesSyncOffset() const { return false; }
    // For the mixer's meters: "live", or a device's "connecting" / "disconnected".
    // Any thread.
    virtual QString state() const { return QStringLiteral("live"); }
    // A live source's latency: from the sound reaching the device to the mixer taking it
    // (the sound server's buffers and the jitter buffer); 0 when not measured. Any thread.
    virtual int latencyMs() const { return 0; }

protected:
    AudioInput() = default;
    AudioInput(const AudioInput &) = delete;
    AudioInput &operator=(const AudioInput &) = delete;
};

}  // namespace vida3::studio
