// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/destination/platformpreset.h"
#include "studio/session/streamsession.h"

#include <QList>
#include <QStringList>

namespace vida3::studio {

// One encode serves every destination, so its settings must satisfy all their platforms: the
// shortest recommended keyframe interval (2 s satisfies X's 3 s as well), bitrates within every
// platform's maximum, a sample rate all accept. Returns the adjusted settings and, in
// `adjustments`, what was changed and why (for the log and the window); an error when no
// single encode can satisfy them all.
Expected<StreamSession::Settings> fitSettingsToPlatforms(StreamSession::Settings settings,
                                                          const QList<const PlatformPreset *> &platforms,
                                                          QStringList *adjustments);

}  // namespace vida3::studio
