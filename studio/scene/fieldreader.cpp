// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/fieldreader.h"

#include <cmath>
#include <QJsonValue>
#include <utility>

namespace vida3::studio {

namespace {
// Colour names longer than this are not colours; refusing them early bounds the work.
constexpr qsizetype kMaxColorNameLength = 64;
} // namespace

FieldReader::FieldReader(QJsonObject object, QString sourceName, QString path)
    : m_object(std::move(object)), m_sourceName(std::move(sourceName)), m_path(std::move(path))
{
}

QString FieldReader::fieldPath(const QString &field) const
{
    if (field.isEmpty())
        return m_path.isEmpty() ? QStringLiteral("(document)") : m_path;
    return m_path.isEmpty() ? field : m_path + u'.' + field;
}

Error FieldReader::error(const QString &field, const QString &problem) const
{
    return Error{ErrorCode::InvalidScene, m_sourceName + u": " + fieldPath(field) + u": " + problem};
}

Expected<double> FieldReader::number(const QString &key, double fallback, double minimum,
                                     double maximum) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < minimum || d > maximum) {
        return error(key, QStringLiteral("must be a number between %1 and %2")
                              .arg(QString::number(minimum), QString::number(maximum)));
    }
    return d;
}

Expected<int> FieldReader::integer(const QString &key, int fallback, int minimum, int maximum) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < minimum || d > maximum || std::floor(d) != d) {
        return error(key, QStringLiteral("must be an integer between %1 and %2")
                              .arg(QString::number(minimum), QString::number(maximum)));
    }
    return static_cast<int>(d);
}

Expected<bool> FieldReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return error(key, QStringLiteral("must be true or false"));
    return v.toBool();
}

Expected<QString> FieldReader::string(const QString &key, const QString &fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        return error(key, QStringLiteral("must be a string"));
    return v.toString();
}

Expected<QString> FieldReader::requiredString(const QString &key) const
{
    if (!m_object.contains(key))
        return error(key, QStringLiteral("missing required field"));
    auto s = string(key, QString());
    if (s && s->isEmpty())
        return error(key, QStringLiteral("must not be empty"));
    return s;
}

Expected<QString> FieldReader::choice(const QString &key, const QString &fallback,
                                      const QStringList &allowed) const
{
    auto s = string(key, fallback);
    if (!s)
        return s;
    if (!allowed.contains(*s)) {
        return error(key, QStringLiteral("must be one of %1 (got \"%2\")")
                              .arg(allowed.join(QStringLiteral(", ")), s->left(40)));
    }
    return s;
}

Expected<QColor> FieldReader::color(const QString &key, const QColor &fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    const QColor c = v.isString() ? parseColor(v.toString()) : QColor();
    if (!c.isValid()) {
        return error(key, QStringLiteral("must be a colour such as \"#1e90ff\", "
                                         "\"#801e90ff\" or \"white\""));
    }
    return c;
}

QColor FieldReader::parseColor(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxColorNameLength)
        return {};
    return QColor::fromString(text);
}

} // namespace vida3::studio
