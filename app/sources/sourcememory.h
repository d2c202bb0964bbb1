// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerdescription.h"

#include <QString>

#include <optional>

namespace vida3::app {

// A layer the sources panel added, as one line of the window's settings (compact JSON: id,
// kind, geometry, z and the kind's fields), and back. Only what LayerDescription holds for
// camera, screen and media layers; a line that does not read back is skipped.
QString layerToText(const studio::LayerDescription &layer);
std::optional<studio::LayerDescription> layerFromText(const QString &text);

}  // namespace vida3::app
