// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/sourcefeed.h"
#include "studio/session/audioinput.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace vida3::studio::relay {

// The named browser sources, shared by the relay (which feeds them), the browser layers
// (which show their frames) and the audio mixer (which mixes their sound). A feed exists from
// the first time anyone names it and lives as long as the hub. At most maxFeeds names are
// kept, so a stream of hellos with new names cannot grow it without bound.
// Thread-safety: every method is safe from any thread.
class RelayHub final : public AudioInput
{
public:
    static constexpr int kDefaultMaxFeeds = 64;

    RelayHub(int sampleRate, int channels, int maxFeeds = kDefaultMaxFeeds);

    // The feed called name, created if new; nullptr when the hub is full.
    std::shared_ptr<SourceFeed> feed(const QString &name);
    // The feed called name if it exists.
    std::shared_ptr<SourceFeed> find(const QString &name) const;
    QList<SourceStats> stats() const;  // in the order names were first used

    // Frames the output has lost so far (missed by the renderer or skipped by the encoder),
    // as the session reports them. A rise tells every source to slow down: on a machine
    // short of CPU the browser's encoders give way to the stream, not the other way round.
    void setOutputLosses(int64_t lostFrames) { m_outputLosses.store(lostFrames, std::memory_order_relaxed); }
    int64_t outputLosses() const { return m_outputLosses.load(std::memory_order_relaxed); }

    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }

    void mixInto(float *interleaved, int frames, int channels) override;

private:
    const int m_sampleRate;
    const int m_channels;
    const int m_maxFeeds;
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<SourceFeed>> m_feeds;
    std::atomic<int64_t> m_outputLosses{0};
};

}  // namespace vida3::studio::relay
