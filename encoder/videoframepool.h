// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"

#include <memory>
#include <mutex>
#include <vector>

namespace vida3::encoder {

class VideoFramePool;

// A frame borrowed from a VideoFramePool; it goes back to the pool when this handle dies.
// Move-only. The pixels are BGRA (QImage::Format_ARGB32_Premultiplied on little endian).
class PooledFrame
{
public:
    PooledFrame() = default;
    PooledFrame(PooledFrame &&other) noexcept;
    PooledFrame &operator=(PooledFrame &&other) noexcept;
    PooledFrame(const PooledFrame &) = delete;
    PooledFrame &operator=(const PooledFrame &) = delete;
    ~PooledFrame();

    explicit operator bool() const { return m_frame != nullptr; }
    AVFrame *get() const { return m_frame; }
    void reset();

private:
    friend class VideoFramePool;
    struct Shared;
    PooledFrame(std::shared_ptr<Shared> shared, int index, AVFrame *frame);

    std::shared_ptr<Shared> m_shared;
    int m_index = -1;
    AVFrame *m_frame = nullptr;
};

// A fixed set of frames allocated once. Exhaustion means the encoder is behind: acquire()
// returns an empty handle and the caller counts a frame skipped for encoding lag.
// Thread-safe: acquire on the render thread, release from the encode thread.
class VideoFramePool
{
public:
    VideoFramePool(int width, int height, int count);

    PooledFrame acquire();
    int width() const { return m_width; }
    int height() const { return m_height; }
    int available() const;

private:
    int m_width;
    int m_height;
    std::shared_ptr<PooledFrame::Shared> m_shared;
};

struct PooledFrame::Shared
{
    std::mutex mutex;
    std::vector<AvFramePtr> frames;
    std::vector<int> freeList;
};

}  // namespace vida3::encoder
