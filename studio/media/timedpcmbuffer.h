// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace vida3::studio::media {

// A media file's audio at the output's rate, addressed by sample position on the media time
// line (sample 0 = media time 0), from the decode thread to the mixer. The reader asks for
// exactly the positions its output frame covers, so sound follows the same clock as the
// pictures and never drifts; positions not decoded (yet, or any more) read as silence and are
// counted. The writer runs at most `leadFrames` ahead of the last position read and keeps
// `historyFrames` behind it, so a sync offset (reading earlier or later positions) finds its
// samples.
// Thread-safety: one writer thread, one reader thread.
class TimedPcmBuffer
{
public:
    TimedPcmBuffer(int channels, int leadFrames, int historyFrames);

    // Writer: appends frames at `position`. A position past the end fills the gap with silence;
    // one before the end drops the overlap. Waits while the writer is too far ahead; false
    // after stop().
    bool write(int64_t position, const float *interleaved, int frames, uint64_t epoch);
    // Forget everything; positions start again from 0 in `epoch`. Any thread: a restart calls
    // it so a writer waiting for room (the reader no longer reads) is released.
    void reset(uint64_t epoch);
    void stop();

    // Reader: adds the samples of [position, position + frames) of `epoch` into out.
    void mixInto(int64_t position, float *out, int frames, uint64_t epoch);
    int64_t missingFrames() const;

private:
    bool writeLocked(int64_t position, const float *interleaved, int frames);

    const int m_channels;
    const int64_t m_lead;
    const int64_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_room;
    std::vector<float> m_data;
    uint64_t m_epoch = 0;
    int64_t m_end = 0;        // one past the newest sample written
    int64_t m_readHead = 0;   // one past the newest position read
    int64_t m_missing = 0;
    bool m_stopped = false;
};

}  // namespace vida3::studio::media
