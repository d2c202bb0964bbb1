// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/decodelane.h"

#include "studio/relay/decodethreads.h"
#include "studio/relay/relayprotocol.h"
#include "studio/relay/sourcefeed.h"
#include "studio/relay/steadyclock.h"
#include "studio/relay/videodecoder.h"

#include <QLoggingCategory>

#include <atomic>
#include <mutex>

namespace vida3::studio::relay {

Q_LOGGING_CATEGORY(lcDecodeLane, "vida3.relay", QtInfoMsg)

struct DecodeLane::State
{
    State(std::shared_ptr<SourceFeed> f, QString name) : feed(std::move(f)), source(std::move(name)) {}

    // Decode thread only.
    VideoDecoder video;
    std::shared_ptr<SourceFeed> feed;
    const QString source;

    std::atomic<bool> closed{false};
    std::atomic<int> queued{0};
    std::atomic<bool> resyncPending{false};  // one resync job at most, however many gaps
    std::atomic<bool> wantsKeyframe{false};
    std::mutex notifyMutex;
    std::function<void()> notifyKeyframe;  // guarded by notifyMutex; cleared when the lane dies
    std::atomic<int64_t> decoded{0};
    std::atomic<int64_t> errors{0};
    std::atomic<int64_t> refused{0};
    std::atomic<int64_t> decodeUs{0};
    std::atomic<int> width{0};
    std::atomic<int> height{0};

    void decode(const MediaHeader &header, const QByteArray &message, const FrameStamps &stamps)
    {
        const int64_t started = steadyUs();
        const QByteArrayView payload = QByteArrayView(message).sliced(kHeaderBytes);
        Expected<VideoDecoder::Result> result = video.decode(header, payload, feed->frames(), stamps);
        decodeUs.fetch_add(steadyUs() - started, std::memory_order_relaxed);
        width.store(video.width(), std::memory_order_relaxed);
        height.store(video.height(), std::memory_order_relaxed);
        if (!result) {
            // Counted in the stats; logged once per connection so a broken page cannot flood the log.
            if (errors.fetch_add(1, std::memory_order_relaxed) == 0)
                qCWarning(lcDecodeLane, "source \"%s\": %s", qUtf8Printable(source), qUtf8Printable(result.error().detail));
            return;
        }
        if (*result == VideoDecoder::Result::NeedsKeyframe) {
            if (!wantsKeyframe.exchange(true)) {
                std::lock_guard lock(notifyMutex);
                if (notifyKeyframe)
                    notifyKeyframe();
            }
        } else if (*result == VideoDecoder::Result::Published)
            decoded.fetch_add(1, std::memory_order_relaxed);
    }
};

DecodeLane::DecodeLane(std::shared_ptr<DecodeThreads> threads, std::shared_ptr<SourceFeed> feed, QString sourceName)
    : m_threads(std::move(threads)), m_state(std::make_shared<State>(std::move(feed), std::move(sourceName)))
{
    SourceFeed &source = *m_state->feed;
    m_index = m_threads->bind(source.busyDecodeThread());
    source.setDecodeLane(m_index, m_state);
}

DecodeLane::~DecodeLane()
{
    // Jobs still queued see closed and return. A reconnecting source's new lane runs on the
    // same thread while they exist (SourceFeed::busyDecodeThread), after them.
    m_state->closed.store(true);
    {
        std::lock_guard lock(m_state->notifyMutex);
        m_state->notifyKeyframe = nullptr;
    }
    m_threads->unbind(m_index);
}

bool DecodeLane::submit(const MediaHeader &header, const QByteArray &message, const FrameStamps &stamps)
{
    if (m_state->queued.load() >= kMaxQueued) {
        m_state->refused.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    m_state->queued.fetch_add(1);
    m_threads->post(m_index, [state = m_state, header, message, stamps] {
        if (!state->closed.load())
            state->decode(header, message, stamps);
        state->queued.fetch_sub(1);
    });
    return true;
}

void DecodeLane::resync()
{
    if (m_state->resyncPending.exchange(true))
        return;
    m_threads->post(m_index, [state = m_state] {
        state->resyncPending.store(false);
        if (!state->closed.load())
            state->video.resync();
    });
}

void DecodeLane::setKeyframeNotifier(std::function<void()> notify)
{
    std::lock_guard lock(m_state->notifyMutex);
    m_state->notifyKeyframe = std::move(notify);
}

DecodeLane::Totals DecodeLane::totals() const
{
    const State &s = *m_state;
    return Totals{s.decoded.load(std::memory_order_relaxed), s.errors.load(std::memory_order_relaxed),
                  s.refused.load(std::memory_order_relaxed), s.decodeUs.load(std::memory_order_relaxed),
                  s.width.load(std::memory_order_relaxed),   s.height.load(std::memory_order_relaxed)};
}

bool DecodeLane::takeKeyframeRequest()
{
    return m_state->wantsKeyframe.exchange(false, std::memory_order_relaxed);
}

}  // namespace vida3::studio::relay
