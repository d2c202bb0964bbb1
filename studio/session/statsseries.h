// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

namespace vida3::studio {

// The health dashboard's data: the last five minutes of a session, one point per --stats line
// (the window feeds it statsToJsonLine of each update; a recorded --stats file feeds it the
// same). x is the line's "t" (seconds), y the value. Series, by id:
//   "kbps:<output>", "congestion:<output>" (0..1), "queue_ms:<output>"  every output but the recording
//   "fps", "render_ms", "encode_ms", "cpu_percent", "rss_mb"
//   "lost:missed_render", "lost:skipped_encode", "lost:dropped_network"  frames lost per second by kind
// A line whose "t" goes back (a new session) starts over.
class StatsSeries
{
public:
    static constexpr double kWindowSeconds = 300;

    struct Series
    {
        QString id;
        QList<QPointF> points;  // oldest first
    };

    void add(const QJsonObject &line);
    void clear();
    QList<Series> all() const;  // by id
    // Null when there is no such series (yet).
    const Series *find(const QString &id) const;
    // The ids that start with prefix ("kbps:"), by id.
    QStringList ids(const QString &prefix) const;
    double latestSeconds() const { return m_lastSeconds; }

private:
    void push(const QString &id, double seconds, double value);

    QMap<QString, Series> m_series;
    QHash<QString, double> m_lastCounters;  // cumulative counters of the previous line
    double m_lastSeconds = -1;
};

}  // namespace vida3::studio
