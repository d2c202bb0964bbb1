// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/decodethreads.h"

#include "studio/platform/threadname.h"
#include "studio/platform/threadpriority.h"
#include "studio/relay/steadyclock.h"

#include <QThread>

#include <algorithm>
#include <string>
#include <system_error>

namespace vida3::studio::relay {

DecodeThreads::DecodeThreads(int count)
{
    const int n = std::max(1, count);
    m_threads.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        m_threads.push_back(std::make_unique<Worker>());
    for (int i = 0; i < n; ++i) {
        Worker &worker = *m_threads[static_cast<size_t>(i)];
        try {
            worker.thread = std::thread([&worker, i] { run(worker, i); });
        } catch (const std::system_error &) {
            // The system has no thread to spare: decode on the ones that started.
            if (i == 0)
                throw;
            m_threads.resize(static_cast<size_t>(i));
            break;
        }
    }
}

DecodeThreads::~DecodeThreads()
{
    for (auto &worker : m_threads) {
        {
            std::lock_guard lock(worker->mutex);
            worker->stopping = true;
        }
        worker->wake.notify_all();
    }
    for (auto &worker : m_threads)
        worker->thread.join();
}

int DecodeThreads::defaultCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int DecodeThreads::bind(int preferred)
{
    std::lock_guard lock(m_bindMutex);
    if (preferred >= 0 && preferred < count()) {
        ++m_threads[static_cast<size_t>(preferred)]->lanes;
        return preferred;
    }
    auto fewest = std::min_element(m_threads.begin(), m_threads.end(),
                                   [](const auto &a, const auto &b) { return a->lanes < b->lanes; });
    ++(*fewest)->lanes;
    return static_cast<int>(fewest - m_threads.begin());
}

void DecodeThreads::unbind(int index)
{
    std::lock_guard lock(m_bindMutex);
    Worker &worker = *m_threads.at(static_cast<size_t>(index));
    worker.lanes = std::max(0, worker.lanes - 1);
}

std::vector<int> DecodeThreads::lanesPerThread() const
{
    std::lock_guard lock(m_bindMutex);
    std::vector<int> lanes;
    for (const auto &worker : m_threads)
        lanes.push_back(worker->lanes);
    return lanes;
}

void DecodeThreads::post(int index, std::function<void()> job)
{
    Worker &worker = *m_threads.at(static_cast<size_t>(index));
    {
        std::lock_guard lock(worker.mutex);
        worker.jobs.push_back(std::move(job));
    }
    worker.wake.notify_one();
}

int64_t DecodeThreads::busyUs(int index) const
{
    return m_threads.at(static_cast<size_t>(index))->busyUs.load(std::memory_order_relaxed);
}

void DecodeThreads::run(Worker &worker, int index)
{
    const std::string name = "vida3-decode-" + std::to_string(index);
    platform::setCurrentThreadName(name.c_str());
    platform::lowerCurrentThreadPriority();
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(worker.mutex);
            worker.wake.wait(lock, [&worker] { return worker.stopping || !worker.jobs.empty(); });
            if (worker.stopping)
                return;
            job = std::move(worker.jobs.front());
            worker.jobs.pop_front();
        }
        const int64_t started = steadyUs();
        job();
        worker.busyUs.fetch_add(steadyUs() - started, std::memory_order_relaxed);
    }
}

}  // namespace vida3::studio::relay
