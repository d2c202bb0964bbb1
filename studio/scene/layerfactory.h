// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerkind.h"

#include <memory>
#include <QHash>
#include <QStringList>

namespace vida3::studio {

// Registry of layer kinds keyed by their "kind" string.
// Thread-safety: a LayerFactory is a value; concurrent const use is safe, registerKind()
// is not. builtIn() is built once and never changes, so it may be used from any thread.
class LayerFactory
{
public:
    // Adds a kind or replaces the kind of the same name.
    void registerKind(LayerKind kind);

    const LayerKind *find(const QString &name) const;
    QStringList kindNames() const; // sorted
    std::unique_ptr<SceneLayer> create(const LayerDescription &description) const;

    // The kinds this build ships: vida3, color, image, text.
    static LayerFactory withBuiltInKinds();
    static const LayerFactory &builtIn();

private:
    QHash<QString, LayerKind> m_kinds;
};

} // namespace vida3::studio
