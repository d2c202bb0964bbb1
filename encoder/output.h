// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/error.h"

#include <QString>

#include <functional>
#include <memory>

namespace vida3::encoder {

// Persisted in stats JSON by name: append-only.
enum class OutputState : int { Idle = 0, Connecting = 1, Live = 2, Reconnecting = 3, Stopping = 4, Stopped = 5, Failed = 6 };
QString outputStateName(OutputState state);

// What every output needs to write the encoder's streams: codec parameters and time bases.
struct StreamLayout
{
    AvCodecParametersPtr video;
    AvCodecParametersPtr audio;
    AVRational videoTimeBase{1, 30};
    AVRational audioTimeBase{1, 44100};
    AVRational frameRate{30, 1};
};

struct OutputStats
{
    OutputState state = OutputState::Idle;
    int64_t bytes = 0;               // bytes handed to the network or file
    int64_t droppedVideoFrames = 0;  // dropped because the output could not keep up
    int64_t videoFrames = 0;         // video frames written: in the file, or sent to the server
    int queuedPackets = 0;
    int queueMs = 0;                 // buffered video waiting to be sent
    double congestion = 0;           // 0..1, 1 while dropping
    int attempt = 0;                 // reconnect attempt in progress or scheduled (0: none)
    int nextAttemptInMs = -1;        // while reconnecting: time to the next attempt
    int reconnects = 0;              // successful reconnections so far
    bool paused = false;             // a recording paused by the user (setPaused)
    QString activeTarget;            // URL (never the key) or path in use
    Error error;                     // why it failed (state Failed), or the last drop's reason
};

// One destination of the encoded streams (a server, a file). Each runs its own thread with
// its own bounded queue, so a slow or failed output never blocks the encoder or another output.
// Thread-safety: every method may be called from any thread. The state callback runs on the
// output's own thread: receivers marshal to theirs.
class Output
{
public:
    using StateCallback = std::function<void(OutputState, const Error &)>;
    virtual ~Output() = default;

    virtual QString name() const = 0;
    // Display form of where it writes; never contains a secret.
    virtual QString target() const = 0;
    virtual void setStateCallback(StateCallback callback) = 0;
    virtual void start(std::shared_ptr<const StreamLayout> layout) = 0;
    // Non-blocking; called by the encode thread for every packet.
    virtual void push(const AVPacket *packet) = 0;
    // Begins the end: what is queued is still written for up to drainMs, then any blocking
    // network call is aborted, the container is finalized and the connection or file closed.
    // Non-blocking, so several outputs stop in parallel; join() waits for the end.
    // kDrainAll writes everything queued however long it takes (a local file loses nothing).
    static constexpr int kDrainAll = -1;
    virtual void requestStop(int drainMs) = 0;
    virtual void join() = 0;
    virtual OutputStats stats() const = 0;
    // While reconnecting: try now instead of waiting for the backoff delay.
    virtual void reconnectNow() = 0;
    // Pauses or resumes from the frame at atUs (encode time: µs since the first frame, see
    // EncoderPipeline::nextFrameTimeUs), not from whatever the encoder's delay still holds.
    // Nothing of the pause is written; after it the output goes on from its first keyframe with
    // no hole in its timestamps, so a paused recording plays on as if the pause never happened.
    // Any thread.
    virtual void setPaused(bool paused, int64_t atUs) = 0;
};

}  // namespace vida3::encoder
