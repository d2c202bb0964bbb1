// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/schedule/scheduleentry.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace vida3::studio {

// The saved schedule and its clock. Entries live in one JSON file (written atomically on every
// change), so they survive a restart of the studio. When the file is read, a start that passed
// while the studio was closed is reported as missed (missed()), never run late: a one-off entry
// is then dropped, a weekly one moves to its next week. While running, startDue() and
// stopDue() fire at their times (a timer re-armed at most hourly, so a changed system clock is
// caught up with). Thread-affine QObject.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    // How late a start may still run (the timer's own lateness, a suspended laptop waking).
    static constexpr qint64 kGraceMs = 60 * 1000;

    // now: the clock (tests pass their own).
    explicit Scheduler(QString path, std::function<QDateTime()> now = &QDateTime::currentDateTime, QObject *parent = nullptr);

    // Reads the file (a missing file is an empty schedule), reports what was missed, arms.
    Status load();
    const QList<ScheduleEntry> &entries() const { return m_entries; }
    // Adds (or replaces by id) an entry; refused if its start has passed or its stop is not
    // after its start. Saved at once.
    Status add(ScheduleEntry entry);
    Status remove(const QString &id);
    // The next start or stop to come, for a countdown.
    struct Next
    {
        QDateTime when;
        bool start = true;
        ScheduleEntry entry;
    };
    std::optional<Next> next() const;

Q_SIGNALS:
    void startDue(const vida3::studio::ScheduleEntry &entry);
    void stopDue(const vida3::studio::ScheduleEntry &entry);
    void missed(const vida3::studio::ScheduleEntry &entry, const QDateTime &was);
    void changed();
    void saveFailed(const QString &reason);

private:
    void arm();
    void fire();
    Status save();

    QString m_path;
    std::function<QDateTime()> m_now;
    QList<ScheduleEntry> m_entries;
    QList<QString> m_started;  // ids whose start fired and whose stop is still to come
    QTimer m_timer;
};

}  // namespace vida3::studio
