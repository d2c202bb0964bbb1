// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QSize>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace vida3::studio::media {

// Decoded, converted video frames of a media file with their media time, from the decode
// thread to the render thread. Bounded: the writer waits while it is full, so decoding runs a
// few frames ahead of the output and never further. The reader takes, for each output frame,
// the newest frame due by then (so a file at the output's rate shows every frame once, a faster
// one skips, a slower one repeats) and hands the frame it replaces back for reuse: steady state
// allocates nothing.
// Frames carry the epoch of the playback they belong to; a restart bumps the epoch and frames of
// the old one are never shown.
// Thread-safety: one writer thread (acquire/push/waitForRoom), one reader thread (frameAt).
class VideoFrameQueue
{
public:
    explicit VideoFrameQueue(int capacity = 6);

    // Writer: an image of this size to convert into (a recycled buffer when one fits).
    QImage acquire(QSize size);
    // Writer: waits until there is room or stop() was called; false after stop().
    bool waitForRoom();
    void push(QImage image, double seconds, uint64_t epoch);
    // Writer: the input ended at this media time (nothing more comes in this epoch unless it
    // loops): the reader clears the picture once the output passes it.
    void markEnd(double seconds, uint64_t epoch);
    // Wakes a waiting writer for good.
    void stop();
    // Any thread: frames of epochs before this one are dropped now (a restart), so a writer
    // waiting for room goes on to the new epoch.
    void dropOlderThan(uint64_t epoch);

    // Reader: the picture for media time `seconds` of `epoch` (a null image before the first
    // frame and after the end). Valid until the next call.
    const QImage &frameAt(double seconds, uint64_t epoch);
    // Frames the reader skipped because a newer one was due (the file is faster than the output).
    int64_t skipped() const;

private:
    struct Entry
    {
        QImage image;
        double seconds = 0;
        uint64_t epoch = 0;
    };
    void recycle(QImage image);  // with m_mutex held

    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_room;
    std::deque<Entry> m_queue;
    std::vector<QImage> m_free;
    QImage m_current;
    uint64_t m_currentEpoch = 0;
    double m_endSeconds = -1;
    uint64_t m_endEpoch = 0;
    int64_t m_skipped = 0;
    bool m_stopped = false;
};

}  // namespace vida3::studio::media
