// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/layerkinds.h"

#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/scene/browserlayer.h"

namespace vida3::app {

studio::LayerFactory allLayerKinds(studio::LayerFactory base)
{
    studio::media::MediaLayer::registerKind(base, nullptr);
    studio::media::registerCaptureKinds(base, 30);
    if (!base.find(QStringLiteral("browser")))
        base.registerKind(studio::BrowserLayer::layerKind(nullptr));
    return base;
}

}  // namespace vida3::app
