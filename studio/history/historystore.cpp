// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace vida3::studio::history {

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error fileError(const QString &what, const QString &path, const QString &why)
{
    return Error{ErrorCode::FileIo, QStringLiteral("cannot %1 the session history %2: %3").arg(what, path, why)};
}

QByteArray line(const SessionRecord &record)
{
    return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
}
}  // namespace

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.jsonl");
}

Status HistoryStore::append(const SessionRecord &record) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fileError(QStringLiteral("create the folder of"), m_path, QStringLiteral("permission denied?"));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fileError(QStringLiteral("open"), m_path, file.errorString());
    file.setPermissions(kOwnerOnly);
    const QByteArray bytes = line(record);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fileError(QStringLiteral("write"), m_path, file.errorString());
    return Status::ok();
}

Expected<HistoryStore::Loaded> HistoryStore::load() const
{
    Loaded loaded;
    QFile file(m_path);
    if (!file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("read"), m_path, file.errorString());
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(text);
        std::optional<SessionRecord> record = document.isObject() ? SessionRecord::fromJson(document.object()) : std::nullopt;
        if (record)
            loaded.records.append(std::move(*record));
        else
            ++loaded.unreadable;
    }
    return loaded;
}

Expected<int> HistoryStore::prune(int days, const QDateTime &now) const
{
    Expected<Loaded> loaded = load();
    if (!loaded)
        return loaded.error();
    const QDateTime limit = now.addDays(-days);
    QList<SessionRecord> kept = loaded->records;
    kept.removeIf([&limit](const SessionRecord &r) { return r.end < limit; });
    const auto removed = static_cast<int>(loaded->records.size() - kept.size());
    if (removed == 0 && loaded->unreadable == 0)
        return 0;
    if (Status written = rewrite(kept); !written)
        return written.error();
    return removed;
}

Status HistoryStore::rewrite(const QList<SessionRecord> &records) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(QStringLiteral("rewrite"), m_path, file.errorString());
    file.setPermissions(kOwnerOnly);
    for (const SessionRecord &r : records)
        file.write(line(r));
    if (!file.commit())
        return fileError(QStringLiteral("rewrite"), m_path, file.errorString());
    return Status::ok();
}

Status HistoryStore::removeAll() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return fileError(QStringLiteral("remove"), m_path, QStringLiteral("permission denied?"));
    return Status::ok();
}

}  // namespace vida3::studio::history
