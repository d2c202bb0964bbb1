// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reading the --stats lines of one output, for the tests of streams that must survive.

#include "statslog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vida3::integration {

// The output called name in one stats line (empty object when absent).
inline QJsonObject outputIn(const QJsonObject &line, const QString &name)
{
    const QJsonArray outputs = line.value(QStringLiteral("outputs")).toArray();
    for (const QJsonValue &o : outputs) {
        if (o.toObject().value(QStringLiteral("name")).toString() == name)
            return o.toObject();
    }
    return {};
}

// Seconds (t) of the first line at or after fromS where pred holds for the output; -1 if none.
template <typename Pred>
double firstTime(const QList<QJsonObject> &lines, const QString &name, double fromS, Pred pred)
{
    for (const QJsonObject &line : lines) {
        const double t = line.value(QStringLiteral("t")).toDouble();
        if (t >= fromS && pred(outputIn(line, name), line))
            return t;
    }
    return -1;
}

inline QString stateOf(const QJsonObject &output)
{
    return output.value(QStringLiteral("state")).toString();
}

}  // namespace vida3::integration
