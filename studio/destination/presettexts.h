// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace vida3::studio {

// The user-visible texts of resources/presets/platforms.json (the stream-key rules), listed
// here so lupdate puts them in the catalogues; they are translated at run time under the
// context "PlatformPreset". A test checks the list against the file.
QStringList presetTextsForTranslation();

}  // namespace vida3::studio
