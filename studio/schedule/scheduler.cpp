// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/schedule/scheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace vida3::studio {

namespace {
constexpr qint64 kRearmMs = 3600 * 1000;
constexpr int kFormatVersion = 1;
}  // namespace

Scheduler::Scheduler(QString path, std::function<QDateTime()> now, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_now(std::move(now))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::fire);
}

Status Scheduler::load()
{
    m_entries.clear();
    m_started.clear();
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::FileIo, QStringLiteral("schedule: cannot read %1").arg(m_path)};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject() || document.object().value(QStringLiteral("version")).toInt() != kFormatVersion)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("schedule: %1 is not a version-1 schedule").arg(m_path)};
        for (const QJsonValue &v : document.object().value(QStringLiteral("entries")).toArray()) {
            Expected<ScheduleEntry> entry = ScheduleEntry::fromJson(v.toObject());
            if (!entry)
                return entry.error();
            m_entries.append(std::move(entry).value());
        }
    }
    const QDateTime now = m_now();
    bool changedAny = false;
    for (qsizetype i = 0; i < m_entries.size();) {
        ScheduleEntry &entry = m_entries[i];
        if (entry.start.msecsTo(now) <= kGraceMs) {
            ++i;
            continue;
        }
        // The studio was closed (or asleep) at the start: say so, never start late.
        Q_EMIT missed(entry, entry.start);
        changedAny = true;
        if (!entry.weekly) {
            m_entries.removeAt(i);
            continue;
        }
        while (entry.start.msecsTo(now) > 0)
            entry = entry.nextWeek();
        ++i;
    }
    if (changedAny) {
        if (Status saved = save(); !saved)
            Q_EMIT saveFailed(saved.error().detail);
    }
    arm();
    Q_EMIT changed();
    return Status::ok();
}

Status Scheduler::add(ScheduleEntry entry)
{
    const QDateTime now = m_now();
    if (entry.id.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("schedule: an entry needs an id")};
    if (!entry.start.isValid() || entry.start <= now)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("schedule: the start must be in the future")};
    if (entry.stop.isValid() && entry.stop <= entry.start)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("schedule: the stop must come after the start")};
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const ScheduleEntry &e) { return e.id == entry.id; });
    if (it != m_entries.end())
        *it = std::move(entry);
    else
        m_entries.append(std::move(entry));
    Status saved = save();
    arm();
    Q_EMIT changed();
    return saved;
}

Status Scheduler::remove(const QString &id)
{
    const qsizetype before = m_entries.size();
    m_entries.removeIf([&](const ScheduleEntry &e) { return e.id == id; });
    m_started.removeAll(id);
    if (m_entries.size() == before)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("schedule: no entry %1").arg(id)};
    Status saved = save();
    arm();
    Q_EMIT changed();
    return saved;
}

std::optional<Scheduler::Next> Scheduler::next() const
{
    std::optional<Next> best;
    for (const ScheduleEntry &entry : m_entries) {
        const bool started = m_started.contains(entry.id);
        const QDateTime when = started ? entry.stop : entry.start;
        if (!when.isValid())
            continue;
        if (!best || when < best->when)
            best = Next{when, !started, entry};
    }
    return best;
}

void Scheduler::arm()
{
    const std::optional<Next> upcoming = next();
    if (!upcoming) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(std::clamp<qint64>(m_now().msecsTo(upcoming->when), 0, kRearmMs)));
}

void Scheduler::fire()
{
    const QDateTime now = m_now();
    QList<ScheduleEntry> finished;
    const QList<ScheduleEntry> entries = m_entries;
    for (const ScheduleEntry &entry : entries) {
        const bool started = m_started.contains(entry.id);
        if (!started && entry.start <= now) {
            if (entry.start.msecsTo(now) > kGraceMs) {
                Q_EMIT missed(entry, entry.start);  // the machine slept through it
                finished.append(entry);
                continue;
            }
            Q_EMIT startDue(entry);
            if (entry.stop.isValid())
                m_started.append(entry.id);
            else
                finished.append(entry);
        } else if (started && entry.stop <= now) {
            Q_EMIT stopDue(entry);
            m_started.removeAll(entry.id);
            finished.append(entry);
        }
    }
    for (const ScheduleEntry &done : std::as_const(finished)) {
        const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const ScheduleEntry &e) { return e.id == done.id; });
        if (it == m_entries.end())
            continue;
        if (it->weekly) {
            while (it->start <= now)
                *it = it->nextWeek();
        } else {
            m_entries.erase(it);
        }
    }
    if (!finished.isEmpty()) {
        if (Status saved = save(); !saved)
            Q_EMIT saveFailed(saved.error().detail);
        Q_EMIT changed();
    }
    arm();
}

Status Scheduler::save()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray entries;
    for (const ScheduleEntry &entry : std::as_const(m_entries))
        entries.append(entry.toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileIo, QStringLiteral("schedule: cannot write %1").arg(m_path)};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("entries"), entries}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{ErrorCode::FileIo, QStringLiteral("schedule: cannot write %1").arg(m_path)};
    return Status::ok();
}

}  // namespace vida3::studio
