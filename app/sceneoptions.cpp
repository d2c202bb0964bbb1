// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sceneoptions.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cmath>

namespace vida3::app {

void addSceneOptions(QCommandLineParser &p)
{
    p.addOptions({
        QCommandLineOption(QStringLiteral("program"),
                           QStringLiteral("The scene of the --scene collection on air at the start (its name, or its id; "
                                          "default: the collection's programme scene)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("switch-scene"),
                           QStringLiteral("Put scene NAME on air SECONDS into the run, with the transition; repeatable."),
                           QStringLiteral("SECONDS:NAME")),
        QCommandLineOption(QStringLiteral("transition"),
                           QStringLiteral("Default transition: cut, fade or slide, optionally with its duration in ms "
                                          "(fade:300 unless the collection says otherwise)."),
                           QStringLiteral("cut|fade|slide[:MS]")),
    });
}

Expected<SceneOptions> readSceneOptions(const QCommandLineParser &p)
{
    SceneOptions o;
    o.program = p.value(QStringLiteral("program"));
    if (p.isSet(QStringLiteral("program")) && o.program.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("--program: needs a scene name")};
    for (const QString &value : p.values(QStringLiteral("switch-scene"))) {
        const qsizetype colon = value.indexOf(u':');
        bool ok = false;
        const double at = colon > 0 ? value.left(colon).toDouble(&ok) : 0.0;
        const QString name = colon > 0 ? value.mid(colon + 1) : QString();
        if (!ok || !std::isfinite(at) || at < 0 || at > 7.0 * 24 * 3600 || name.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("--switch-scene \"%1\": expected SECONDS:NAME, e.g. 5:Live").arg(value.left(80))};
        }
        o.switches.append({at, name});
    }
    std::stable_sort(o.switches.begin(), o.switches.end(),
                     [](const SceneSwitch &a, const SceneSwitch &b) { return a.atSec < b.atSec; });
    if (p.isSet(QStringLiteral("transition"))) {
        auto transition = studio::parseTransition(p.value(QStringLiteral("transition")));
        if (!transition)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--") + transition.error().detail};
        o.transition = *transition;
    }
    return o;
}

}  // namespace vida3::app
