// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/settings/outputformat.h"
#include "studio/session/streamsession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vida3::studio {
struct PlatformPreset;
}

namespace vida3::app {

// The one encode every included destination shares: the first platform's settings, fitted to
// all of them (studio::fitSettingsToPlatforms), and the words that tell the user what it uses,
// what was adjusted for whom, or why no single encode can serve them all.
struct EncodePlan
{
    Q_DECLARE_TR_FUNCTIONS(EncodePlan)

public:
    // `platforms` empty: `fallback` alone (the format Record uses before any destination exists).
    // `format`: the user's choices over the first platform's (Settings → Output).
    static EncodePlan make(const QList<const studio::PlatformPreset *> &platforms,
                           const studio::PlatformPreset *fallback, studio::StreamSession::Settings output,
                           const OutputFormat &format = {});

    std::optional<studio::StreamSession::Settings> settings;  // empty when nothing fits
    QString summary;
    QStringList adjustments;
    QString problem;
};

}  // namespace vida3::app
