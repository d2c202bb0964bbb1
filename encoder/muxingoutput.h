// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "encoder/output.h"
#include "encoder/packetqueue.h"

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace vida3::encoder {

// The machinery every container output shares: its own thread and bounded queue, a start on a
// keyframe with timestamps rebased to 0, interleaved muxing, a bounded stop, byte counts.
// Subclasses say how to open the container (a server, a file) and what a failure means.
class MuxingOutput : public Output
{
public:
    MuxingOutput(QString name, int queueCapacity);
    ~MuxingOutput() override;

    QString name() const override { return m_name; }
    void setStateCallback(StateCallback callback) override;
    void start(std::shared_ptr<const StreamLayout> layout) override;
    void push(const AVPacket *packet) override;
    void requestStop(int drainMs) override;
    void join() override;
    OutputStats stats() const override;

protected:
    // On the output thread: allocate the container and open its I/O, honouring interrupt.
    virtual Expected<AvFormatOutputPtr> openContainer(const AVIOInterruptCB &interrupt) = 0;
    virtual void muxerOptions(AvDictionary &options) const { Q_UNUSED(options); }
    // What a libav error while writing means for this kind of output.
    virtual Error writeError(int averror) const = 0;
    bool stopRequested() const { return m_stopRequested.load(); }

private:
    void run();
    Status writeHeader(AVFormatContext *context);
    // False when the packet precedes the start of this output and is not written.
    bool rebase(AVPacket *packet);
    // Encoder time base of the packet's stream (packets carry it in timestamps only).
    AVRational sourceTimeBase(const AVPacket *packet) const;
    Status writePacket(AVFormatContext *context, AVPacket *packet);
    void setState(OutputState state, const Error &error = {});
    static int interruptCallback(void *opaque);

    const QString m_name;
    PacketQueue m_queue;
    std::shared_ptr<const StreamLayout> m_layout;
    std::thread m_thread;

    std::mutex m_stateMutex;
    StateCallback m_callback;
    OutputState m_state = OutputState::Idle;
    Error m_error;

    std::atomic<bool> m_started{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int64_t> m_drainUntilNs{0};
    std::atomic<int64_t> m_abortAtNs{INT64_MAX};
    std::atomic<int64_t> m_bytes{0};

    // Output-thread state for the start on a keyframe.
    bool m_haveOffset = false;
    int64_t m_offsetUs = 0;
    std::vector<AvPacketPtr> m_heldAudio;  // audio that arrived before the first keyframe
    size_t m_heldAudioCount = 0;
};

}  // namespace vida3::encoder
