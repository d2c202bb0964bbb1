// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/media/streamreader.h"
#include "studio/relay/latestframeslot.h"

#include <QSize>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace vida3::studio::media {

// A live video input (a display through x11grab, a camera through v4l2, or a lavfi test
// pattern through the very same path) read on its own thread into a latest-wins slot: the
// render thread takes the newest picture and never waits. When the input fails, ends or stops
// delivering, the capture says "unavailable" (with the reason) and tries again every
// retryMs, resolving the device anew each time, so the same camera re-plugged (by name) comes
// back by itself.
// Thread-safety: state/problem/frames/setTargetSize from any thread.
class LiveCapture
{
public:
    enum class State { Connecting, Live, Unavailable };

    struct Options
    {
        // Builds the input for one attempt (a camera name resolves to its current /dev node);
        // an error is an unavailable device.
        std::function<Expected<InputSpec>()> resolve;
        int retryMs = 2000;
        int stallTimeoutMs = 3000;
    };

    explicit LiveCapture(Options options);
    ~LiveCapture();
    LiveCapture(const LiveCapture &) = delete;
    LiveCapture &operator=(const LiveCapture &) = delete;

    State state() const { return m_state; }
    QString problem() const;
    relay::LatestFrameSlot &frames() { return m_slot; }
    // The size the layer paints at: conversion (and scaling) happens on the capture thread.
    void setTargetSize(QSize size);
    // Frames delivered since the start, and how many times the input was (re)opened.
    int64_t framesCaptured() const { return m_captured; }
    int opens() const { return m_opens; }

private:
    void run();
    void setProblem(const QString &problem);
    bool sleepUnlessStopped(int ms);

    const Options m_options;
    relay::LatestFrameSlot m_slot;
    std::atomic<State> m_state{State::Connecting};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_targetWidth{0};
    std::atomic<int> m_targetHeight{0};
    std::atomic<int64_t> m_captured{0};
    std::atomic<int> m_opens{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QString m_problem;
    std::thread m_thread;
};

}  // namespace vida3::studio::media
