// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/browsersourcerow.h"

#include <QLocale>

namespace vida3::app {

QStringList BrowserSourceRow::headers()
{
    return {tr("Source"), tr("Codec"), tr("Resolution"), tr("fps"), tr("kbps"), tr("Last seen"), tr("Dropped")};
}

QStringList BrowserSourceRow::texts(const studio::relay::SourceStats &stats)
{
    const QLocale locale;
    QStringList row;
    row.reserve(ColumnCount);
    row << stats.name;
    row << (stats.codec.isEmpty() ? tr("—") : stats.codec);
    row << (stats.width > 0 && stats.height > 0 ? tr("%1×%2").arg(stats.width).arg(stats.height) : tr("—"));
    row << locale.toString(stats.fps, 'f', 1);
    row << locale.toString(stats.kbps, 'f', 0);
    row << (stats.connected ? lastSeen(stats.lastSeenMs) : tr("disconnected"));
    row << locale.toString(static_cast<qlonglong>(stats.dropped));
    return row;
}

QString BrowserSourceRow::lastSeen(int64_t lastSeenMs)
{
    if (lastSeenMs < 0)
        return tr("never");
    const int64_t seconds = lastSeenMs / 1000;
    if (seconds < 1)
        return tr("now");
    if (seconds < 120)
        return tr("%1 s ago").arg(seconds);
    return tr("%1 min ago").arg(seconds / 60);
}

}  // namespace vida3::app
