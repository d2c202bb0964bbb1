// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/history/sessionrecord.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace vida3::studio::history {

namespace {
QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QString clock(double seconds)
{
    const auto s = static_cast<qint64>(std::llround(seconds));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString kindOf(const SessionRecord &r)
{
    if (!r.destinations.isEmpty() && r.recording)
        return QStringLiteral("live+recording");
    return r.recording ? QStringLiteral("recording") : QStringLiteral("live");
}
}  // namespace

int SessionRecord::reconnects() const
{
    int total = 0;
    for (const DestinationRecord &d : destinations)
        total += d.reconnects;
    return total;
}

QStringList SessionRecord::failures() const
{
    QStringList list;
    for (const DestinationRecord &d : destinations) {
        if (!d.failure.isEmpty())
            list.append(QStringLiteral("%1: %2").arg(d.name, d.failure));
    }
    if (recording && !recording->failure.isEmpty())
        list.append(QStringLiteral("recording: %1").arg(recording->failure));
    return list;
}

QJsonObject SessionRecord::toJson() const
{
    QJsonArray outs;
    for (const DestinationRecord &d : destinations) {
        QJsonObject o{{QStringLiteral("name"), d.name},
                      {QStringLiteral("url"), d.url},
                      {QStringLiteral("bytes"), static_cast<double>(d.bytes)},
                      {QStringLiteral("avg_kbps"), round1(d.averageKbps)},
                      {QStringLiteral("dropped_network"), static_cast<double>(d.droppedNetwork)},
                      {QStringLiteral("reconnects"), d.reconnects},
                      {QStringLiteral("state"), d.state}};
        if (!d.failure.isEmpty())
            o.insert(QStringLiteral("failure"), d.failure);
        outs.append(o);
    }
    QJsonArray points;
    for (const SeriesPoint &p : series)
        points.append(QJsonArray{round1(p.seconds), round1(p.kbps), static_cast<double>(p.lost)});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("start"), isoTime(start)},
                  {QStringLiteral("end"), isoTime(end)},
                  {QStringLiteral("duration_s"), round1(durationS())},
                  {QStringLiteral("collection"), collection},
                  {QStringLiteral("headless"), headless},
                  {QStringLiteral("destinations"), outs},
                  {QStringLiteral("frames"), QJsonObject{{QStringLiteral("missed_render"), static_cast<double>(missedRender)},
                                                         {QStringLiteral("skipped_encode"), static_cast<double>(skippedEncode)},
                                                         {QStringLiteral("dropped_network"), static_cast<double>(droppedNetwork)}}},
                  {QStringLiteral("reconnects"), reconnects()},
                  {QStringLiteral("failures"), QJsonArray::fromStringList(failures())},
                  {QStringLiteral("series"), points}};
    if (recording) {
        QJsonObject r{{QStringLiteral("path"), recording->path},
                      {QStringLiteral("bytes"), static_cast<double>(recording->bytes)},
                      {QStringLiteral("frames"), static_cast<double>(recording->frames)}};
        if (!recording->failure.isEmpty())
            r.insert(QStringLiteral("failure"), recording->failure);
        o.insert(QStringLiteral("recording"), r);
    }
    return o;
}

std::optional<SessionRecord> SessionRecord::fromJson(const QJsonObject &o)
{
    SessionRecord r;
    r.id = o[u"id"].toString();
    r.start = QDateTime::fromString(o[u"start"].toString(), Qt::ISODateWithMs);
    r.end = QDateTime::fromString(o[u"end"].toString(), Qt::ISODateWithMs);
    if (r.id.isEmpty() || !r.start.isValid() || !r.end.isValid())
        return std::nullopt;
    r.collection = o[u"collection"].toString();
    r.headless = o[u"headless"].toBool();
    for (const QJsonValue &v : o[u"destinations"].toArray()) {
        const QJsonObject d = v.toObject();
        r.destinations.append({d[u"name"].toString(), d[u"url"].toString(),
                               static_cast<int64_t>(d[u"bytes"].toDouble()), d[u"avg_kbps"].toDouble(),
                               static_cast<int64_t>(d[u"dropped_network"].toDouble()), d[u"reconnects"].toInt(),
                               d[u"state"].toString(), d[u"failure"].toString()});
    }
    if (o[u"recording"].isObject()) {
        const QJsonObject rec = o[u"recording"].toObject();
        r.recording = RecordingRecord{rec[u"path"].toString(), static_cast<int64_t>(rec[u"bytes"].toDouble()),
                                      static_cast<int64_t>(rec[u"frames"].toDouble()), rec[u"failure"].toString()};
    }
    const QJsonObject frames = o[u"frames"].toObject();
    r.missedRender = static_cast<int64_t>(frames[u"missed_render"].toDouble());
    r.skippedEncode = static_cast<int64_t>(frames[u"skipped_encode"].toDouble());
    r.droppedNetwork = static_cast<int64_t>(frames[u"dropped_network"].toDouble());
    for (const QJsonValue &v : o[u"series"].toArray()) {
        const QJsonArray p = v.toArray();
        r.series.append({p.at(0).toDouble(), p.at(1).toDouble(), static_cast<int64_t>(p.at(2).toDouble())});
    }
    return r;
}

QString SessionRecord::toText() const
{
    const QLocale c = QLocale::c();
    QStringList parts{start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), clock(durationS()), kindOf(*this),
                      collection.isEmpty() ? QStringLiteral("-") : collection};
    for (const DestinationRecord &d : destinations)
        parts.append(QStringLiteral("%1 %2 (%3 kbps, %4 dropped, %5 reconnects%6)")
                         .arg(d.name, c.formattedDataSize(d.bytes, 1, QLocale::DataSizeTraditionalFormat))
                         .arg(std::llround(d.averageKbps))
                         .arg(d.droppedNetwork)
                         .arg(d.reconnects)
                         .arg(d.failure.isEmpty() ? QString() : QStringLiteral(", failed: ") + d.failure));
    if (recording)
        parts.append(QStringLiteral("recording %1 (%2)")
                         .arg(recording->path, c.formattedDataSize(recording->bytes, 1, QLocale::DataSizeTraditionalFormat)));
    parts.append(QStringLiteral("lost %1 render / %2 encode / %3 network").arg(missedRender).arg(skippedEncode).arg(droppedNetwork));
    return parts.join(QStringLiteral("  "));
}

QByteArray historyToCsv(const QList<SessionRecord> &records)
{
    QStringList lines{QStringLiteral("start,end,duration_s,kind,collection,headless,destinations,bytes_sent,avg_kbps,"
                                     "missed_render,skipped_encode,dropped_network,reconnects,failures,recording,recording_bytes")};
    for (const SessionRecord &r : records) {
        QStringList destinations;
        int64_t bytes = 0;
        double kbps = 0;
        for (const DestinationRecord &d : r.destinations) {
            destinations.append(QStringLiteral("%1 (%2)").arg(d.name, d.url));
            bytes += d.bytes;
            kbps += d.averageKbps;
        }
        const QStringList row{isoTime(r.start),
                              isoTime(r.end),
                              QString::number(round1(r.durationS())),
                              kindOf(r),
                              csvField(r.collection),
                              r.headless ? QStringLiteral("true") : QStringLiteral("false"),
                              csvField(destinations.join(QStringLiteral("; "))),
                              QString::number(bytes),
                              QString::number(round1(kbps)),
                              QString::number(r.missedRender),
                              QString::number(r.skippedEncode),
                              QString::number(r.droppedNetwork),
                              QString::number(r.reconnects()),
                              csvField(r.failures().join(QStringLiteral("; "))),
                              csvField(r.recording ? r.recording->path : QString()),
                              QString::number(r.recording ? r.recording->bytes : 0)};
        lines.append(row.join(QLatin1Char(',')));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

}  // namespace vida3::studio::history
