// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QJsonObject>
#include <QString>

namespace vida3::studio {

// How the programme changes from one scene to the next: a cut, a cross-fade, or the new scene
// sliding in from the right and pushing the old one out. A plain value.
struct Transition
{
    enum class Kind { Cut, Fade, Slide };

    static constexpr int kDefaultDurationMs = 300;  // OBS's default fade
    static constexpr int kMaxDurationMs = 20000;

    Kind kind = Kind::Fade;
    int durationMs = kDefaultDurationMs;  // ignored for a cut

    // Frames the transition spans at fps; 0 for a cut (the next frame is the new scene).
    int frames(int fps) const;
    QString toString() const;  // "cut", "fade:300", "slide:800"
    QJsonObject toJson() const;
    bool operator==(const Transition &) const = default;
};

QString transitionKindName(Transition::Kind kind);

// "cut", "fade", "slide", optionally with ":MS" (0–20000). InvalidArgument naming the problem.
Expected<Transition> parseTransition(const QString &text);
// {"kind": "fade", "duration_ms": 300}; path words errors ("scenes[1].transition").
Expected<Transition> transitionFromJson(const QJsonValue &value, const QString &sourceName, const QString &path);

}  // namespace vida3::studio
