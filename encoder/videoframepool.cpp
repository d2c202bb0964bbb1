// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/videoframepool.h"

#include <stdexcept>

namespace vida3::encoder {

PooledFrame::PooledFrame(std::shared_ptr<Shared> shared, int index, AVFrame *frame)
    : m_shared(std::move(shared)), m_index(index), m_frame(frame)
{
}

PooledFrame::PooledFrame(PooledFrame &&other) noexcept
    : m_shared(std::move(other.m_shared)), m_index(other.m_index), m_frame(other.m_frame)
{
    other.m_index = -1;
    other.m_frame = nullptr;
}

PooledFrame &PooledFrame::operator=(PooledFrame &&other) noexcept
{
    if (this != &other) {
        reset();
        m_shared = std::move(other.m_shared);
        m_index = other.m_index;
        m_frame = other.m_frame;
        other.m_index = -1;
        other.m_frame = nullptr;
    }
    return *this;
}

PooledFrame::~PooledFrame()
{
    reset();
}

void PooledFrame::reset()
{
    if (m_shared && m_index >= 0) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->freeList.push_back(m_index);  // capacity reserved up front: no allocation
    }
    m_shared.reset();
    m_index = -1;
    m_frame = nullptr;
}

VideoFramePool::VideoFramePool(int width, int height, int count)
    : m_width(width), m_height(height), m_shared(std::make_shared<PooledFrame::Shared>())
{
    m_shared->freeList.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        AvFramePtr frame = makeFrame();
        if (!frame)
            throw std::bad_alloc();
        frame->format = AV_PIX_FMT_BGRA;
        frame->width = width;
        frame->height = height;
        if (av_frame_get_buffer(frame.get(), 64) < 0)
            throw std::bad_alloc();
        m_shared->frames.push_back(std::move(frame));
        m_shared->freeList.push_back(i);
    }
}

PooledFrame VideoFramePool::acquire()
{
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->freeList.empty())
        return {};
    const int index = m_shared->freeList.back();
    m_shared->freeList.pop_back();
    return PooledFrame(m_shared, index, m_shared->frames[static_cast<size_t>(index)].get());
}

int VideoFramePool::available() const
{
    std::lock_guard lock(m_shared->mutex);
    return static_cast<int>(m_shared->freeList.size());
}

}  // namespace vida3::encoder
