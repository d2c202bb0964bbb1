// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/transition.h"

#include "studio/scene/fieldreader.h"

#include <cmath>

namespace vida3::studio {

namespace {
std::optional<Transition::Kind> kindFromName(const QString &name)
{
    if (name == u"cut")
        return Transition::Kind::Cut;
    if (name == u"fade")
        return Transition::Kind::Fade;
    if (name == u"slide")
        return Transition::Kind::Slide;
    return std::nullopt;
}
}  // namespace

QString transitionKindName(Transition::Kind kind)
{
    switch (kind) {
    case Transition::Kind::Cut:
        return QStringLiteral("cut");
    case Transition::Kind::Fade:
        return QStringLiteral("fade");
    case Transition::Kind::Slide:
        return QStringLiteral("slide");
    }
    return QStringLiteral("cut");
}

int Transition::frames(int fps) const
{
    if (kind == Kind::Cut || durationMs <= 0 || fps <= 0)
        return 0;
    return std::max(1, static_cast<int>(std::lround(durationMs * static_cast<double>(fps) / 1000.0)));
}

QString Transition::toString() const
{
    if (kind == Kind::Cut)
        return transitionKindName(kind);
    return transitionKindName(kind) + u':' + QString::number(durationMs);
}

QJsonObject Transition::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), transitionKindName(kind)}};
    if (kind != Kind::Cut)
        object.insert(QStringLiteral("duration_ms"), durationMs);
    return object;
}

Expected<Transition> parseTransition(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString name = colon < 0 ? text : text.left(colon);
    const auto kind = kindFromName(name.trimmed().toLower());
    if (!kind) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("transition \"%1\": unknown kind (cut, fade or slide, optionally :MS)").arg(text.left(40))};
    }
    Transition transition;
    transition.kind = *kind;
    if (colon >= 0) {
        bool ok = false;
        const int ms = text.mid(colon + 1).trimmed().toInt(&ok);
        if (!ok || ms < 0 || ms > Transition::kMaxDurationMs) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("transition \"%1\": duration must be 0–%2 ms")
                             .arg(text.left(40))
                             .arg(Transition::kMaxDurationMs)};
        }
        transition.durationMs = ms;
    }
    if (transition.kind == Transition::Kind::Cut)
        transition.durationMs = 0;
    return transition;
}

Expected<Transition> transitionFromJson(const QJsonValue &value, const QString &sourceName, const QString &path)
{
    const FieldReader parent(QJsonObject(), sourceName, QString());
    if (!value.isObject())
        return parent.error(path, QStringLiteral("must be an object like {\"kind\": \"fade\", \"duration_ms\": 300}"));
    const FieldReader r(value.toObject(), sourceName, path);
    auto name = r.choice(QStringLiteral("kind"), QStringLiteral("fade"),
                         {QStringLiteral("cut"), QStringLiteral("fade"), QStringLiteral("slide")});
    if (!name)
        return name.error();
    auto ms = r.integer(QStringLiteral("duration_ms"), Transition::kDefaultDurationMs, 0, Transition::kMaxDurationMs);
    if (!ms)
        return ms.error();
    Transition transition;
    transition.kind = *kindFromName(*name);
    transition.durationMs = transition.kind == Transition::Kind::Cut ? 0 : *ms;
    return transition;
}

}  // namespace vida3::studio
