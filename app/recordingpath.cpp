// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/recordingpath.h"

#include <QDir>
#include <QStandardPaths>

namespace vida3::app {

Expected<QString> newRecordingPath(const QString &folder, const QDateTime &now, const QString &format)
{
    const QString dir = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::MoviesLocation) : folder;
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return Error{ErrorCode::FileIo, QStringLiteral("cannot create the recordings folder %1").arg(dir)};
    const QString name = QStringLiteral("vida3-%1.%2").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")), format);
    return QDir(dir).filePath(name);
}

}  // namespace vida3::app
