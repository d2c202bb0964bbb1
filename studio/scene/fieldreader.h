// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vida3::studio {

// Reads typed fields of one JSON object and words every failure the same way:
// "<source>: <path>.<field>: <problem>", with ErrorCode::InvalidScene.
// Every read checks type, finiteness and range, so no input can produce a value the
// renderer cannot handle.
class FieldReader
{
public:
    FieldReader(QJsonObject object, QString sourceName, QString path);

    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    const QString &sourceName() const { return m_sourceName; }
    bool has(const QString &key) const { return m_object.contains(key); }

    // field may be a sub-path ("gradient.stops[1]") or empty for the object itself.
    Error error(const QString &field, const QString &problem) const;
    QString fieldPath(const QString &field) const;

    Expected<double> number(const QString &key, double fallback, double minimum, double maximum) const;
    Expected<int> integer(const QString &key, int fallback, int minimum, int maximum) const;
    Expected<bool> boolean(const QString &key, bool fallback) const;
    Expected<QString> string(const QString &key, const QString &fallback) const;
    Expected<QString> requiredString(const QString &key) const;
    Expected<QString> choice(const QString &key, const QString &fallback, const QStringList &allowed) const;
    Expected<QColor> color(const QString &key, const QColor &fallback) const;

    // Parses a colour string ("#rgb", "#rrggbb", "#aarrggbb", SVG names); invalid if unknown.
    static QColor parseColor(const QString &text);

private:
    QJsonObject m_object;
    QString m_sourceName;
    QString m_path;
};

} // namespace vida3::studio
