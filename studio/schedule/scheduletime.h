// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QDateTime>
#include <QString>

namespace vida3::studio {

// A moment to start or stop at, in local time: ISO 8601 ("2026-12-24T18:00", with or without
// seconds and a UTC offset), or "HH:MM[:SS]" meaning the next such time (today, or tomorrow
// when it has passed). InvalidArgument names what is wrong.
Expected<QDateTime> parseScheduleTime(const QString &text, const QDateTime &now);

}  // namespace vida3::studio
