// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/scene.h"

#include <algorithm>

namespace vida3::studio {

QString Scene::freeLayerId(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + QString::number(n);
        if (std::none_of(layers.begin(), layers.end(), [&](const LayerDescription &d) { return d.id == id; }))
            return id;
    }
}

int Scene::topZ() const
{
    int z = 0;
    for (const LayerDescription &d : layers)
        z = std::max(z, d.z + 1);
    return z;
}

}  // namespace vida3::studio
