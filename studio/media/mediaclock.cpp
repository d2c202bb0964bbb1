// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/mediaclock.h"

namespace vida3::studio::media {

MediaClock::MediaClock(int fps, int sampleRate) : m_fps(fps > 0 ? fps : 30), m_sampleRate(sampleRate)
{
}

uint64_t MediaClock::requestRestart()
{
    return ++m_requestedEpoch;
}

int64_t MediaClock::firstSampleOf(int64_t frameIndex) const
{
    // The same rounding as the audio generator: frame i starts at floor(i * rate / fps).
    return frameIndex * m_sampleRate / m_fps;
}

MediaClock::Position MediaClock::at(int64_t frameIndex, bool ready)
{
    if (frameIndex == m_lastIndex)
        return m_last;
    const uint64_t epoch = m_requestedEpoch.load();
    const bool playing = !m_pauseRequested.load();
    if (m_anchor < 0 || epoch != m_last.epoch) {
        if (!ready) {  // waiting for the decoders: media time has not begun
            m_lastIndex = frameIndex;
            m_last.mediaFrames = 0;
            m_last.seconds = 0;
            m_last.playing = false;
            m_waiting = true;
            return m_last;
        }
        m_waiting = false;
        m_anchor = frameIndex;
        m_last.epoch = epoch;
    } else if (!playing) {
        m_anchor += frameIndex - m_lastIndex;  // frozen on the frame shown when the pause came
    } else if (!m_last.playing) {
        m_anchor += frameIndex - m_lastIndex - 1;  // resumed: one step on from where it stopped
    }
    m_last.playing = playing;
    m_last.mediaFrames = frameIndex - m_anchor;
    m_last.seconds = static_cast<double>(m_last.mediaFrames) / m_fps;
    m_lastIndex = frameIndex;
    return m_last;
}

int64_t MediaClock::mediaSample(int64_t outputSample) const
{
    return m_waiting || m_anchor < 0 ? -1 : outputSample - firstSampleOf(m_anchor);
}

}  // namespace vida3::studio::media
