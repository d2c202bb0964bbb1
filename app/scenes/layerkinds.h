// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerfactory.h"

namespace vida3::app {

// Every kind a scene of this window may hold, for checking documents and edits: base (the
// session's, with the relay's "browser" when it runs) plus media, screen and camera, and
// "browser" checked by name only when base has none. Not for rendering: media and browser
// layers built from it have no player or feed.
studio::LayerFactory allLayerKinds(studio::LayerFactory base = studio::LayerFactory::builtIn());

}  // namespace vida3::app
