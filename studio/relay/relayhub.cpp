// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relayhub.h"

namespace vida3::studio::relay {

RelayHub::RelayHub(int sampleRate, int channels, int maxFeeds)
    : m_sampleRate(sampleRate), m_channels(channels), m_maxFeeds(maxFeeds)
{
    m_feeds.reserve(static_cast<size_t>(maxFeeds));
}

std::shared_ptr<SourceFeed> RelayHub::feed(const QString &name)
{
    std::lock_guard lock(m_mutex);
    for (const auto &f : m_feeds) {
        if (f->name() == name)
            return f;
    }
    if (static_cast<int>(m_feeds.size()) >= m_maxFeeds)
        return nullptr;
    m_feeds.push_back(std::make_shared<SourceFeed>(name, m_sampleRate, m_channels));
    return m_feeds.back();
}

std::shared_ptr<SourceFeed> RelayHub::find(const QString &name) const
{
    std::lock_guard lock(m_mutex);
    for (const auto &f : m_feeds) {
        if (f->name() == name)
            return f;
    }
    return nullptr;
}

QList<SourceStats> RelayHub::stats() const
{
    std::vector<std::shared_ptr<SourceFeed>> feeds;
    {
        std::lock_guard lock(m_mutex);
        feeds = m_feeds;
    }
    QList<SourceStats> out;
    out.reserve(static_cast<qsizetype>(feeds.size()));
    for (const auto &f : feeds)
        out.append(f->stats());
    return out;
}

void RelayHub::mixInto(float *interleaved, int frames, int channels)
{
    if (channels != m_channels)
        return;
    // The feed list only grows and the vector was reserved: indexing under the lock is
    // enough, and each ring has its own short lock.
    size_t count = 0;
    {
        std::lock_guard lock(m_mutex);
        count = m_feeds.size();
    }
    for (size_t i = 0; i < count; ++i) {
        SourceFeed *f = nullptr;
        {
            std::lock_guard lock(m_mutex);
            f = m_feeds[i].get();
        }
        if (f->isConnected())
            f->audio().mixInto(interleaved, frames);
    }
}

}  // namespace vida3::studio::relay
