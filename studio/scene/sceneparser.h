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

class FieldReader;

// The parts a scene and a scene collection share. parseCanvas reads root's optional "canvas"
// (default 1280 × 720); parseLayers reads owner's required "layers" array into scene.layers
// (scene's sourceName, baseDirectory and canvasSize must be set) and adds its warnings.
Expected<QSize> parseCanvas(const FieldReader &root);
Status parseLayers(const FieldReader &owner, const LayerFactory &factory, Scene &scene);

// A scene or collection file's bytes (at most 8 MiB); FileIo or InvalidScene naming the path.
Expected<QByteArray> readSceneDocument(const QString &path);

// The scene shipped in the resources (":/vida3/scenes/default.json"). Never fails: if the
// resource were broken it falls back to a single full-canvas vida3 layer.
Scene builtInScene();

} // namespace vida3::studio
