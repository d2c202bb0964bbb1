// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/videoframequeue.h"

namespace vida3::studio::media {

namespace {
// A frame is due when its time is at most this far past the output frame's: timestamps in
// different time bases (1/90000 vs 1/30) must not make an exactly-due frame wait a tick.
constexpr double kDueToleranceSeconds = 0.002;
}  // namespace

VideoFrameQueue::VideoFrameQueue(int capacity) : m_capacity(static_cast<size_t>(std::max(2, capacity)))
{
}

QImage VideoFrameQueue::acquire(QSize size)
{
    {
        std::lock_guard lock(m_mutex);
        while (!m_free.empty()) {
            QImage image = std::move(m_free.back());
            m_free.pop_back();
            if (image.size() == size)
                return image;
        }
    }
    return QImage(size, QImage::Format_ARGB32_Premultiplied);
}

bool VideoFrameQueue::waitForRoom()
{
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [this] { return m_stopped || m_queue.size() < m_capacity; });
    return !m_stopped;
}

void VideoFrameQueue::push(QImage image, double seconds, uint64_t epoch)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back({std::move(image), seconds, epoch});
}

void VideoFrameQueue::markEnd(double seconds, uint64_t epoch)
{
    std::lock_guard lock(m_mutex);
    m_endSeconds = seconds;
    m_endEpoch = epoch;
}

void VideoFrameQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_room.notify_all();
}

void VideoFrameQueue::recycle(QImage image)
{
    if (!image.isNull() && m_free.size() < m_capacity)
        m_free.push_back(std::move(image));
}

const QImage &VideoFrameQueue::frameAt(double seconds, uint64_t epoch)
{
    bool freed = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_currentEpoch < epoch) {
            recycle(std::move(m_current));
            m_current = QImage();
            m_currentEpoch = epoch;
        }
        // Older epochs go; a newer one (a restart the clock has not reached yet) waits its turn.
        while (!m_queue.empty() && m_queue.front().epoch < epoch) {
            recycle(std::move(m_queue.front().image));
            m_queue.pop_front();
            freed = true;
        }
        bool replaced = false;
        while (!m_queue.empty() && m_queue.front().epoch == epoch && m_queue.front().seconds <= seconds + kDueToleranceSeconds) {
            if (replaced)
                ++m_skipped;
            recycle(std::move(m_current));
            m_current = std::move(m_queue.front().image);
            m_queue.pop_front();
            replaced = true;
            freed = true;
        }
        if (m_queue.empty() && m_endEpoch == epoch && m_endSeconds >= 0 && seconds >= m_endSeconds) {
            recycle(std::move(m_current));
            m_current = QImage();
        }
    }
    if (freed)
        m_room.notify_one();
    return m_current;
}

void VideoFrameQueue::dropOlderThan(uint64_t epoch)
{
    {
        std::lock_guard lock(m_mutex);
        while (!m_queue.empty() && m_queue.front().epoch < epoch) {
            recycle(std::move(m_queue.front().image));
            m_queue.pop_front();
        }
    }
    m_room.notify_all();
}

int64_t VideoFrameQueue::skipped() const
{
    std::lock_guard lock(m_mutex);
    return m_skipped;
}

}  // namespace vida3::studio::media
