// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vida3::studio::relay {

// The threads browser sources are decoded on: one per core by default, each running the jobs
// given to it in order, at lowered priority (the render and encode threads must win on a
// machine short of CPU). A source's lane is bound to the thread with the fewest lanes (or to
// the one its source used before), so sources decode in parallel while each source's frames
// stay in order.
// Each thread counts its busy time, which backpressure reads as that thread's load.
// Thread-safety: every method may be called from any thread. The destructor stops the threads
// after their current job; jobs still queued are dropped (they hold only shared state).
class DecodeThreads
{
public:
    explicit DecodeThreads(int count);
    ~DecodeThreads();
    DecodeThreads(const DecodeThreads &) = delete;
    DecodeThreads &operator=(const DecodeThreads &) = delete;

    // One thread per core the machine reports (at least one).
    static int defaultCount();

    int count() const { return static_cast<int>(m_threads.size()); }
    // preferred if it is a thread's index, else the thread with the fewest lanes; that thread
    // now has one more lane.
    int bind(int preferred = -1);
    void unbind(int index);
    void post(int index, std::function<void()> job);
    // Busy time of thread index since it started, µs.
    int64_t busyUs(int index) const;
    std::vector<int> lanesPerThread() const;

private:
    struct Worker
    {
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<std::function<void()>> jobs;
        bool stopping = false;
        std::atomic<int64_t> busyUs{0};
        int lanes = 0;  // guarded by DecodeThreads::m_bindMutex
        std::thread thread;
    };

    static void run(Worker &worker, int index);

    std::vector<std::unique_ptr<Worker>> m_threads;
    mutable std::mutex m_bindMutex;
};

}  // namespace vida3::studio::relay
