// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/layerfactory.h"

#include "studio/scene/colorlayer.h"
#include "studio/scene/imagelayer.h"
#include "studio/scene/textlayer.h"
#include "studio/scene/vida3layer.h"

#include <algorithm>
#include <utility>

namespace vida3::studio {

void LayerFactory::registerKind(LayerKind kind)
{
    QString name = kind.name;
    m_kinds.insert(std::move(name), std::move(kind));
}

const LayerKind *LayerFactory::find(const QString &name) const
{
    const auto it = m_kinds.constFind(name);
    return it == m_kinds.cend() ? nullptr : &it.value();
}

QStringList LayerFactory::kindNames() const
{
    QStringList names = m_kinds.keys();
    std::sort(names.begin(), names.end());
    return names;
}

std::unique_ptr<SceneLayer> LayerFactory::create(const LayerDescription &description) const
{
    const LayerKind *kind = find(description.kind);
    if (!kind || !kind->create)
        return nullptr;
    return kind->create(description);
}

LayerFactory LayerFactory::withBuiltInKinds()
{
    LayerFactory factory;
    factory.registerKind(ColorLayer::layerKind());
    factory.registerKind(ImageLayer::layerKind());
    factory.registerKind(TextLayer::layerKind());
    factory.registerKind(Vida3Layer::layerKind());
    return factory;
}

const LayerFactory &LayerFactory::builtIn()
{
    // Function-local static: initialised once, thread-safe, immutable afterwards.
    static const LayerFactory factory = withBuiltInKinds();
    return factory;
}

} // namespace vida3::studio
