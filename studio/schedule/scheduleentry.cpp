// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/schedule/scheduleentry.h"

#include <QJsonArray>

namespace vida3::studio {

QString scheduleOutputName(ScheduleEntry::Output output)
{
    switch (output) {
    case ScheduleEntry::Output::Stream: return QStringLiteral("stream");
    case ScheduleEntry::Output::Record: return QStringLiteral("record");
    case ScheduleEntry::Output::Both: return QStringLiteral("both");
    }
    return QStringLiteral("stream");
}

ScheduleEntry ScheduleEntry::nextWeek() const
{
    ScheduleEntry next = *this;
    next.start = start.addDays(7);
    if (stop.isValid())
        next.stop = stop.addDays(7);
    return next;
}

QJsonObject ScheduleEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("output"), scheduleOutputName(output)},
                     {QStringLiteral("start"), start.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("weekly"), weekly}};
    if (stop.isValid())
        json.insert(QStringLiteral("stop"), stop.toString(Qt::ISODateWithMs));
    if (!destinations.isEmpty())
        json.insert(QStringLiteral("destinations"), QJsonArray::fromStringList(destinations));
    if (!scene.isEmpty())
        json.insert(QStringLiteral("scene"), scene);
    return json;
}

Expected<ScheduleEntry> ScheduleEntry::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &what) { return Error{ErrorCode::InvalidArgument, QStringLiteral("schedule: %1").arg(what)}; };
    ScheduleEntry entry;
    entry.id = json.value(QStringLiteral("id")).toString();
    if (entry.id.isEmpty())
        return bad(QStringLiteral("an entry has no id"));
    const QString output = json.value(QStringLiteral("output")).toString(QStringLiteral("stream"));
    if (output == u"stream")
        entry.output = Output::Stream;
    else if (output == u"record")
        entry.output = Output::Record;
    else if (output == u"both")
        entry.output = Output::Both;
    else
        return bad(QStringLiteral("entry %1: output must be stream, record or both").arg(entry.id));
    entry.start = QDateTime::fromString(json.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    if (!entry.start.isValid())
        return bad(QStringLiteral("entry %1: no valid start").arg(entry.id));
    if (json.contains(QStringLiteral("stop"))) {
        entry.stop = QDateTime::fromString(json.value(QStringLiteral("stop")).toString(), Qt::ISODateWithMs);
        if (!entry.stop.isValid() || entry.stop <= entry.start)
            return bad(QStringLiteral("entry %1: the stop must be a time after the start").arg(entry.id));
    }
    entry.weekly = json.value(QStringLiteral("weekly")).toBool(false);
    for (const QJsonValue &v : json.value(QStringLiteral("destinations")).toArray())
        entry.destinations.append(v.toString());
    entry.scene = json.value(QStringLiteral("scene")).toString();
    return entry;
}

}  // namespace vida3::studio
