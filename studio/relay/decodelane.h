// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/latestframeslot.h"
#include "studio/relay/mediaheader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace vida3::studio::relay {

class DecodeThreads;
class SourceFeed;

// One source's video decoding, on the DecodeThreads thread it is bound to, so that sources
// decode in parallel while the relay thread only receives, checks and answers. The relay
// thread submits each checked video message; the lane decodes them in order into the source's
// LatestFrameSlot, whose one writer it is. At most kMaxQueued messages wait: a further one is
// refused (the connection counts it and, for H.264, resyncs at the next keyframe), so a source
// the machine cannot keep up with loses its own frames instead of queueing seconds of them.
// Thread-safety: every method from the owner's thread (the relay thread); decoding runs on the
// decode thread. Destroying the lane never waits: the jobs still queued hold the shared state
// and skip their work, and while they exist the source's next lane is bound to the same
// thread, behind them (SourceFeed::busyDecodeThread).
class DecodeLane
{
public:
    static constexpr int kMaxQueued = 30;  // a second at 30 fps: a burst after a network stall fits

    struct Totals
    {
        int64_t decoded = 0;   // frames published into the slot
        int64_t errors = 0;    // undecodable payloads
        int64_t refused = 0;   // messages refused because kMaxQueued were waiting
        int64_t decodeUs = 0;  // time spent decoding on the decode thread
        int width = 0;         // of the last decoded picture (0 before one)
        int height = 0;
    };

    DecodeLane(std::shared_ptr<DecodeThreads> threads, std::shared_ptr<SourceFeed> feed, QString sourceName);
    ~DecodeLane();
    DecodeLane(const DecodeLane &) = delete;
    DecodeLane &operator=(const DecodeLane &) = delete;

    // message is the whole relay message (header included); false when kMaxQueued are waiting.
    bool submit(const MediaHeader &header, const QByteArray &message, const FrameStamps &stamps);
    // H.264 waits for the next keyframe (a sequence gap, or a refused message).
    void resync();
    Totals totals() const;
    // True once after the decoder lost H.264 sync and needs a keyframe from the page.
    bool takeKeyframeRequest();
    // Called on the decode thread when a keyframe request becomes pending (so the owner can
    // post itself a call to takeKeyframeRequest() at once). Set before the first submit; it is
    // never called after the lane is destroyed.
    void setKeyframeNotifier(std::function<void()> notify);
    int threadIndex() const { return m_index; }

private:
    struct State;

    std::shared_ptr<DecodeThreads> m_threads;
    int m_index = 0;
    std::shared_ptr<State> m_state;
};

}  // namespace vida3::studio::relay
