// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/capturepool.h"

namespace vida3::studio::media {

std::shared_ptr<LiveCapture> CapturePool::acquire(const QString &key, const LiveCapture::Options &options)
{
    std::lock_guard lock(m_mutex);
    if (std::shared_ptr<LiveCapture> running = m_captures.value(key).lock())
        return running;
    auto capture = std::make_shared<LiveCapture>(options);
    m_captures.insert(key, capture);
    // Forget entries whose capture is gone, so the table stays as small as what runs.
    m_captures.removeIf([](const auto &entry) { return entry.value().expired(); });
    return capture;
}

int CapturePool::running() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const std::weak_ptr<LiveCapture> &capture : m_captures)
        n += capture.expired() ? 0 : 1;
    return n;
}

}  // namespace vida3::studio::media
