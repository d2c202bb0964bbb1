// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <atomic>
#include <cstdint>

namespace vida3::studio::media {

// Where a media file is on its own time line for each output frame. The output's frame clock
// drives it: the media starts at the first output frame that asks (its anchor), and media time
// = (frame − anchor − frames spent paused) / fps. Pictures (the layer) and sound (the mixer)
// ask with the same frame index, so they cannot drift apart, however late the render thread
// runs. Pause, resume and restart take effect at a frame boundary.
// Thread-safety: at() on the render thread; the requests from any thread.
class MediaClock
{
public:
    struct Position
    {
        int64_t mediaFrames = 0;   // output frames of media time elapsed (not counting pauses)
        double seconds = 0;        // mediaFrames / fps
        bool playing = true;
        uint64_t epoch = 0;        // bumped by each restart
    };

    MediaClock(int fps, int sampleRate);

    // The position for output frame frameIndex (idempotent for the same frame). Media time 0
    // is the first frame at which `ready` holds (the decoders have the start ready), so a slow
    // start delays the file instead of showing pictures behind their sound; until then the
    // position is 0 and not playing.
    Position at(int64_t frameIndex, bool ready = true);
    // The media sample position of the first sample of output frame frameIndex, given the
    // output's own first sample of that frame (the mixer's sample clock). Call after at().
    int64_t mediaSample(int64_t outputSample) const;

    void requestPause(bool paused) { m_pauseRequested = paused; }
    // Back to the start at the next frame; returns the new epoch the decoders must use.
    uint64_t requestRestart();
    bool isPaused() const { return m_pauseRequested; }
    uint64_t requestedEpoch() const { return m_requestedEpoch; }

private:
    int64_t firstSampleOf(int64_t frameIndex) const;

    const int m_fps;
    const int m_sampleRate;
    std::atomic<bool> m_pauseRequested{false};
    std::atomic<uint64_t> m_requestedEpoch{0};
    // render thread only
    int64_t m_anchor = -1;  // output frame of media time 0, pauses added
    int64_t m_lastIndex = -1;
    bool m_waiting = false;
    Position m_last;
};

}  // namespace vida3::studio::media
