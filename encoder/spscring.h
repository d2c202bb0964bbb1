// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

namespace vida3::encoder {

// A bounded single-producer/single-consumer ring whose slots are built once and reused in
// place, so passing work between threads allocates nothing in the steady state.
// Overflow policy: the producer never blocks; beginWrite() returns nullptr when full and the
// caller counts the loss. Thread-safety: one producer thread, one consumer thread.
template <typename T>
class SpscRing
{
public:
    SpscRing(int capacity, const std::function<void(T &)> &initSlot) : m_slots(static_cast<size_t>(capacity))
    {
        for (T &slot : m_slots)
            initSlot(slot);
    }

    // A slot to fill, or nullptr when the ring is full or stopped. Publish it with commitWrite().
    T *beginWrite()
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped || m_count == m_slots.size())
            return nullptr;
        return &m_slots[(m_head + m_count) % m_slots.size()];
    }

    void commitWrite()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_count;
        }
        m_ready.notify_one();
    }

    // The oldest filled slot, waiting up to timeout; nullptr on timeout or when stopped and empty.
    // Give it back with endRead().
    T *beginRead(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait_for(lock, timeout, [this] { return m_count > 0 || m_stopped; });
        if (m_count == 0)
            return nullptr;
        return &m_slots[m_head];
    }

    void endRead()
    {
        std::lock_guard lock(m_mutex);
        m_head = (m_head + 1) % m_slots.size();
        --m_count;
    }

    // Wakes the consumer; beginWrite() fails from now on, what is queued can still be read.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_ready.notify_all();
    }

    bool stopped() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_count;
    }

private:
    std::vector<T> m_slots;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    size_t m_head = 0;
    size_t m_count = 0;
    bool m_stopped = false;
};

}  // namespace vida3::encoder
