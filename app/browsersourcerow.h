// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/sourcestats.h"

#include <QCoreApplication>
#include <QStringList>

namespace vida3::app {

// One connected browser source as the window's list shows it: the column titles and the
// texts of a row (name, codec, resolution, fps, kbps, last seen, dropped).
class BrowserSourceRow
{
    Q_DECLARE_TR_FUNCTIONS(BrowserSourceRow)

public:
    enum Column { Name, Codec, Resolution, Fps, Kbps, LastSeen, Dropped, ColumnCount };

    static QStringList headers();
    static QStringList texts(const studio::relay::SourceStats &stats);
    // "now", "2 s ago", "3 min ago"; "never" before the first message.
    static QString lastSeen(int64_t lastSeenMs);
};

}  // namespace vida3::app
