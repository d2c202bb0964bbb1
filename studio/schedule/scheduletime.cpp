// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/schedule/scheduletime.h"

#include <QRegularExpression>

namespace vida3::studio {

Expected<QDateTime> parseScheduleTime(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = clock.match(trimmed);
    if (m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
        if (!time.isValid())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a time of day (HH:MM or HH:MM:SS)").arg(trimmed.left(40))};
        QDateTime at(now.date(), time, now.timeSpec());
        if (at <= now)
            at = at.addDays(1);
        return at;
    }
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is neither HH:MM[:SS] nor an ISO 8601 date and time such as 2026-12-24T18:00")
                         .arg(trimmed.left(40))};
    return at;
}

}  // namespace vida3::studio
