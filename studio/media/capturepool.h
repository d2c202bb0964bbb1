// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/media/livecapture.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

namespace vida3::studio::media {

// The live captures of a session, shared by every layer that shows the same input (the same
// camera in two scenes, a scene rebuilt by an edit while live, the studio-mode preview). A
// device is opened once: a new layer for it takes the running capture instead of opening it
// again (which a camera refuses while it is busy, leaving a slate for seconds). A capture
// stops when the last layer that shows it goes.
// Thread-safety: acquire() from any thread.
class CapturePool
{
public:
    // The running capture for key, or a new one made with options.
    std::shared_ptr<LiveCapture> acquire(const QString &key, const LiveCapture::Options &options);
    int running() const;  // captures alive now

private:
    mutable std::mutex m_mutex;
    QHash<QString, std::weak_ptr<LiveCapture>> m_captures;
};

}  // namespace vida3::studio::media
