// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/statsseries.h"

#include "studio/session/streamsession.h"

#include <QJsonArray>

#include <algorithm>

namespace vida3::studio {

void StatsSeries::clear()
{
    m_series.clear();
    m_lastCounters.clear();
    m_lastSeconds = -1;
}

void StatsSeries::push(const QString &id, double seconds, double value)
{
    Series &series = m_series[id];
    series.id = id;
    series.points.append(QPointF(seconds, value));
}

void StatsSeries::add(const QJsonObject &line)
{
    const double t = line[u"t"].toDouble();
    if (t < m_lastSeconds)
        clear();
    const QJsonObject frames = line[u"frames"].toObject();
    const QJsonObject process = line[u"process"].toObject();
    push(QStringLiteral("fps"), t, line[u"fps"].toDouble());
    push(QStringLiteral("render_ms"), t, frames[u"render_ms"].toDouble());
    push(QStringLiteral("encode_ms"), t, frames[u"encode_ms"].toDouble());
    push(QStringLiteral("cpu_percent"), t, process[u"cpu_percent"].toDouble());
    if (process[u"rss_mb"].toDouble() > 0)
        push(QStringLiteral("rss_mb"), t, process[u"rss_mb"].toDouble());

    double droppedNetwork = 0;
    for (const QJsonValue &v : line[u"outputs"].toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o[u"name"].toString();
        if (name == StreamSession::recordingOutputName())
            continue;
        droppedNetwork += o[u"dropped_network"].toDouble();
        push(QStringLiteral("kbps:") + name, t, o[u"kbps"].toDouble());
        push(QStringLiteral("congestion:") + name, t, o[u"congestion"].toDouble());
        push(QStringLiteral("queue_ms:") + name, t, o[u"queue_ms"].toDouble());
    }
    // Lost frames: the counters are cumulative; the graph shows how many were lost in each interval.
    const QList<QPair<QString, double>> counters{{QStringLiteral("missed_render"), frames[u"missed_render"].toDouble()},
                                                 {QStringLiteral("skipped_encode"), frames[u"skipped_encode"].toDouble()},
                                                 {QStringLiteral("dropped_network"), droppedNetwork}};
    for (const auto &[kind, total] : counters) {
        const double before = m_lastCounters.value(kind, total);
        push(QStringLiteral("lost:") + kind, t, std::max(0.0, total - before));
        m_lastCounters.insert(kind, total);
    }

    m_lastSeconds = t;
    for (Series &series : m_series)
        series.points.removeIf([t](const QPointF &p) { return p.x() < t - kWindowSeconds; });
    m_series.removeIf([](const std::pair<const QString &, Series &> &entry) { return entry.second.points.isEmpty(); });
}

QList<StatsSeries::Series> StatsSeries::all() const
{
    return m_series.values();
}

const StatsSeries::Series *StatsSeries::find(const QString &id) const
{
    const auto it = m_series.constFind(id);
    return it == m_series.cend() ? nullptr : &it.value();
}

QStringList StatsSeries::ids(const QString &prefix) const
{
    QStringList list;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (it.key().startsWith(prefix))
            list.append(it.key());
    }
    return list;
}

}  // namespace vida3::studio
