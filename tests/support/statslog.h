// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vida3::testsupport {

// The studio's --stats file: one JSON object per line, once a second:
// {"t":s,"fps":n,"frames":{"rendered":n,"missed_render":n,"skipped_encode":n},"target_kbps":n,
//  "outputs":[{"name":s,"state":s,"kbps":n,"bytes":n,"dropped_network":n}]}
// "t" is read as a timestamp: an ISO 8601 string or a number of seconds are both accepted, since the
// contract writes it "s" like the string fields; timeS() normalises it to seconds.
class StatsLog
{
public:
    static StatsLog read(const QString &path);
    // The mixer channel called name in one line's "audio" object (empty when it is not there).
    static QJsonObject channel(const QJsonObject &line, const QString &name);

    // Complete lines only: a line still being written (no trailing newline) is left out.
    QList<QJsonObject> lines() const { return m_lines; }
    qsizetype size() const { return m_lines.size(); }
    // Every violation of the contract, "line N: what"; empty when the file conforms.
    QStringList problems() const { return m_problems; }
    // Seconds of each line's "t" (epoch seconds for ISO strings); NaN where unreadable.
    QList<double> timesS() const;
    QString raw() const { return m_raw; }

private:
    void validate(const QJsonObject &line, int number);

    QList<QJsonObject> m_lines;
    QStringList m_problems;
    QString m_raw;
};

} // namespace vida3::testsupport
