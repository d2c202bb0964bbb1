// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "encoder/output.h"
#include "encoder/packetqueue.h"
#include "encoder/reconnectpolicy.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace vida3::encoder {

// The machinery every container output shares: its own thread and bounded queue, a start on a
// keyframe with timestamps rebased to 0, interleaved muxing, reconnection with backoff and
// failover between targets, dead-link detection, a bounded stop, statistics.
// Subclasses say how to open the container on a target and how often to retry.
class MuxingOutput : public Output
{
public:
    MuxingOutput(QString name, int queueCapacity, DropPolicy policy = {});
    ~MuxingOutput() override;

    QString name() const override { return m_name; }
    void setStateCallback(StateCallback callback) override;
    void start(std::shared_ptr<const StreamLayout> layout) override;
    void push(const AVPacket *packet) override;
    void requestStop(int drainMs) override;
    void join() override;
    OutputStats stats() const override;
    void reconnectNow() override;
    void setPaused(bool paused, int64_t atUs) override;

protected:
    // On the output thread: allocate the container and open its I/O on target `index`.
    virtual Expected<AvFormatOutputPtr> openContainer(const AVIOInterruptCB &interrupt, int index) = 0;
    virtual int targetCount() const { return 1; }
    // Display form of target `index` (no secret).
    virtual QString targetName(int index) const = 0;
    virtual ReconnectPolicy reconnectPolicy() const { return ReconnectPolicy{.maxAttempts = 0}; }
    // A write that blocks this long means the peer stopped reading: the link is dead.
    virtual int deadLinkMs() const { return 0; }
    virtual void muxerOptions(AvDictionary &options) const { Q_UNUSED(options); }
    // What a libav error while writing means for this kind of output.
    virtual Error writeError(int averror) const = 0;
    bool stopRequested() const { return m_stopRequested.load(); }

private:
    struct Connection
    {
        Error error;       // None when it ended because of a stop
        bool wasLive = false;
    };

    void run();
    Connection runConnection(int index);
    Status writeHeader(AVFormatContext *context);
    // False when the packet precedes the start of this connection, or comes while paused, and
    // is not written.
    bool rebase(AVPacket *packet);
    // True when the packet falls in a pause (and is not written); at the first packet after a
    // pause, the written timeline is set to go on from where it stopped.
    bool inPause(const AVPacket *packet);
    void noteWritten(const AVPacket *rebased);
    bool continuesSound(const AVPacket *rebased) const;
    void dropHeldAudio();
    AVRational sourceTimeBase(const AVPacket *packet) const;
    int64_t microseconds(const AVPacket *packet, int64_t ts) const;
    Status writePacket(AVFormatContext *context, AVPacket *packet);
    // Sleeps until the retry is due; false when a stop came first.
    bool waitForRetry(int delayMs);
    void setState(OutputState state, const Error &error = {});
    static int interruptCallback(void *opaque);

    const QString m_name;
    PacketQueue m_queue;
    std::shared_ptr<const StreamLayout> m_layout;
    std::thread m_thread;

    mutable std::mutex m_stateMutex;
    std::condition_variable m_wake;  // retry waits; signalled by stop and reconnectNow
    StateCallback m_callback;
    OutputState m_state = OutputState::Idle;
    Error m_error;
    int m_attempt = 0;
    int64_t m_nextAttemptAtNs = 0;
    int m_reconnects = 0;
    int m_activeIndex = 0;
    bool m_retryNow = false;

    std::atomic<bool> m_started{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int64_t> m_drainUntilNs{0};
    std::atomic<int64_t> m_abortAtNs{INT64_MAX};
    std::atomic<int64_t> m_writeSinceNs{0};  // when the current write began (0: none)
    std::atomic<int64_t> m_progressNs{0};    // when bytes last left for the peer
    std::atomic<bool> m_linkDead{false};

    // The latest pause in encode time (µs): packets from `from` (video: decode time) up to
    // `until` (presentation time) are not written. INT64_MAX: not asked for.
    struct PauseWindow
    {
        int64_t fromUs = INT64_MAX;
        int64_t untilUs = INT64_MAX;
    };
    mutable std::mutex m_pauseMutex;
    PauseWindow m_pause;
    std::atomic<int64_t> m_bytes{0};
    std::atomic<int64_t> m_videoFrames{0};
    int64_t m_connectionBytes = 0;

    // Output-thread state for the start of a connection (or the end of a pause) on a keyframe.
    bool m_haveOffset = false;
    int64_t m_offsetUs = 0;     // source time minus written time
    int64_t m_timelineUs = 0;   // where the written timeline resumes after a pause
    int64_t m_videoEndUs = 0;   // end of the last video frame written (presentation, written time)
    int64_t m_audioEndUs = 0;   // end of the last sound written
    int64_t m_lastVideoDtsUs = INT64_MIN / 2;  // decode time of the last video written (written time)
    int64_t m_closedUntilUs = INT64_MIN;  // the end of the last pause the timeline went past
    int64_t m_videoCutAtUs = INT64_MAX;   // the pause whose start the video reached
    std::vector<AvPacketPtr> m_heldAudio;  // audio that arrived before the first keyframe
    size_t m_heldAudioCount = 0;
    std::mt19937 m_random{std::random_device{}()};
};

}  // namespace vida3::encoder
