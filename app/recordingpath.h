// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QDateTime>
#include <QString>

namespace vida3::app {

// "<folder>/vida3-<yyyyMMdd-HHmmss>.<format>" (format "mkv" or "mp4"), creating the folder. An
// empty folder means the user's Movies folder. FileIo when the folder cannot be created.
Expected<QString> newRecordingPath(const QString &folder, const QDateTime &now = QDateTime::currentDateTime(),
                                   const QString &format = QStringLiteral("mkv"));

}  // namespace vida3::app
