// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/history/sessionrecord.h"

#include <QString>

namespace vida3::studio::history {

// The session history on disk: one JSON line per session (history.jsonl in the data folder),
// readable only by the user. Appending writes one line; pruning and removal rewrite or delete
// the file. A line that cannot be read (a crash mid-write) is skipped and counted, never fatal.
class HistoryStore
{
public:
    static constexpr int kDefaultRetentionDays = 90;

    explicit HistoryStore(QString path) : m_path(std::move(path)) {}
    // <data folder>/history.jsonl (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    const QString &path() const { return m_path; }

    Status append(const SessionRecord &record) const;
    struct Loaded
    {
        QList<SessionRecord> records;  // oldest first
        int unreadable = 0;
    };
    Expected<Loaded> load() const;  // no file yet: none
    // Removes the sessions that ended more than `days` days before `now`; how many went.
    Expected<int> prune(int days, const QDateTime &now) const;
    Status removeAll() const;

private:
    Status rewrite(const QList<SessionRecord> &records) const;
    QString m_path;
};

}  // namespace vida3::studio::history
