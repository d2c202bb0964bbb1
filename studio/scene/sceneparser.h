// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerfactory.h"
#include "studio/scene/scene.h"

#include <QByteArray>
#include <QString>

namespace vida3::studio {

// Parses and validates a scene document. Errors are ErrorCode::InvalidScene (or FileIo
// for unreadable files) with a detail "<source>: <field path>: <problem>". Unknown fields
// are kept in the model and listed in Scene::warnings. Safe on any input; reentrant.
// baseDirectory resolves relative image paths; empty means the current directory.
Expected<Scene> parseScene(const QByteArray &json, const QString &sourceName,
                           const QString &baseDirectory = QString(),
                           const LayerFactory &factory = LayerFactory::builtIn());

// Reads and parses a file; relative image paths resolve against the file's folder.
// ":/" resource paths are accepted.
Expected<Scene> loadSceneFile(const QString &path, const LayerFactory &factory = LayerFactory::builtIn());

// The scene shipped in the resources (":/vida3/scenes/default.json"). Never fails: if the
// resource were broken it falls back to a single full-canvas vida3 layer.
Scene builtInScene();

} // namespace vida3::studio
