// SPDX-License-Identifier: GPL-2.0-or-later
#include "statslog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace vida3::testsupport {

namespace {
double timeOf(const QJsonValue &t)
{
    if (t.isDouble())
        return t.toDouble();
    if (t.isString()) {
        bool isNumber = false;
        const double seconds = t.toString().toDouble(&isNumber);
        if (isNumber)
            return seconds;
        const QDateTime when = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
        if (when.isValid())
            return when.toMSecsSinceEpoch() / 1000.0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

void requireNumber(const QJsonObject &o, const QString &key, const QString &where, QStringList &problems)
{
    if (!o.value(key).isDouble())
        problems.append(QStringLiteral("%1: \"%2\" missing or not a number").arg(where, key));
    else if (o.value(key).toDouble() < 0)
        problems.append(QStringLiteral("%1: \"%2\" is negative").arg(where, key));
}
} // namespace

StatsLog StatsLog::read(const QString &path)
{
    StatsLog log;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        log.m_problems.append(QStringLiteral("cannot open %1").arg(path));
        return log;
    }
    const QByteArray data = file.readAll();
    log.m_raw = QString::fromUtf8(data);
    QList<QByteArray> rows = data.split('\n');
    rows.removeLast(); // the text after the last newline is incomplete (or empty)
    int number = 0;
    for (const QByteArray &row : rows) {
        ++number;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(row, &error);
        if (!doc.isObject()) {
            log.m_problems.append(QStringLiteral("line %1: not a JSON object (%2): %3")
                                      .arg(number)
                                      .arg(error.errorString(), QString::fromUtf8(row.left(200))));
            continue;
        }
        log.m_lines.append(doc.object());
        log.validate(doc.object(), number);
    }
    return log;
}

void StatsLog::validate(const QJsonObject &line, int number)
{
    const QString where = QStringLiteral("line %1").arg(number);
    if (std::isnan(timeOf(line.value(QStringLiteral("t")))))
        m_problems.append(QStringLiteral("%1: \"t\" missing or not a time").arg(where));
    requireNumber(line, QStringLiteral("fps"), where, m_problems);
    requireNumber(line, QStringLiteral("target_kbps"), where, m_problems);
    const QJsonObject frames = line.value(QStringLiteral("frames")).toObject();
    if (!line.value(QStringLiteral("frames")).isObject())
        m_problems.append(QStringLiteral("%1: \"frames\" missing or not an object").arg(where));
    for (const char *key : {"rendered", "for_output", "preview_only", "encoded", "missed_render", "skipped_encode"})
        requireNumber(frames, QString::fromLatin1(key), where + QStringLiteral(" frames"), m_problems);
    if (!line.value(QStringLiteral("outputs")).isArray()) {
        m_problems.append(QStringLiteral("%1: \"outputs\" missing or not an array").arg(where));
        return;
    }
    const QJsonArray outputs = line.value(QStringLiteral("outputs")).toArray();
    int index = 0;
    for (const QJsonValue &value : outputs) {
        const QString at = QStringLiteral("%1 outputs[%2]").arg(where).arg(index++);
        const QJsonObject output = value.toObject();
        for (const char *key : {"name", "state"}) {
            if (!output.value(QString::fromLatin1(key)).isString())
                m_problems.append(QStringLiteral("%1: \"%2\" missing or not a string").arg(at, QString::fromLatin1(key)));
        }
        for (const char *key : {"kbps", "bytes", "dropped_network", "frames"})
            requireNumber(output, QString::fromLatin1(key), at, m_problems);
    }
}

QList<double> StatsLog::timesS() const
{
    QList<double> times;
    for (const QJsonObject &line : m_lines)
        times.append(timeOf(line.value(QStringLiteral("t"))));
    return times;
}

QJsonObject StatsLog::channel(const QJsonObject &line, const QString &name)
{
    for (const QJsonValue &c : line.value(QStringLiteral("audio")).toObject().value(QStringLiteral("channels")).toArray()) {
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    }
    return {};
}

} // namespace vida3::testsupport
