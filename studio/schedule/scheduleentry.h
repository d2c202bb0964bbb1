// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vida3::studio {

// One scheduled stretch of going live and/or recording, in local time: one-off or weekly.
// A plain value, saved in the schedule file (ScheduleStore).
struct ScheduleEntry
{
    enum class Output { Stream, Record, Both };

    QString id;                 // stable, unique in the schedule
    Output output = Output::Stream;
    QDateTime start;            // the next (or only) start
    QDateTime stop;             // invalid: no scheduled stop
    bool weekly = false;        // again every 7 days at the same local time
    QStringList destinations;   // saved destinations by name; empty: the ones selected
    QString scene;              // put on air at the start; empty: leave the programme

    bool operator==(const ScheduleEntry &) const = default;
    bool streams() const { return output != Output::Record; }
    bool records() const { return output != Output::Stream; }
    // The same entry a week later (weekly ones), keeping the local wall-clock times.
    ScheduleEntry nextWeek() const;

    QJsonObject toJson() const;
    static Expected<ScheduleEntry> fromJson(const QJsonObject &json);
};

QString scheduleOutputName(ScheduleEntry::Output output);

}  // namespace vida3::studio

Q_DECLARE_METATYPE(vida3::studio::ScheduleEntry)
