// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerfactory.h"
#include "studio/scene/scenecollection.h"

#include <QByteArray>
#include <QString>

namespace vida3::studio {

// Parses a scene collection (version 2) or a version-1 scene (as a collection of one scene
// named after nothing but "Scene"). Errors are InvalidScene with "<source>: <path>: <problem>",
// e.g. "live.json: scenes[2].name: duplicate name \"Live\"". Safe on any input; reentrant.
Expected<SceneCollection> parseSceneCollection(const QByteArray &json, const QString &sourceName,
                                               const QString &baseDirectory = QString(),
                                               const LayerFactory &factory = LayerFactory::builtIn());

// Reads a collection or a version-1 scene file; relative paths resolve against its folder.
Expected<SceneCollection> loadSceneCollectionFile(const QString &path,
                                                  const LayerFactory &factory = LayerFactory::builtIn());

// The collection kept at path, or, when there is no file there yet, a new one holding the
// built-in VIDA³ scene (named "VIDA³") that will be saved there.
Expected<SceneCollection> loadCollectionOrDefault(const QString &path,
                                                  const LayerFactory &factory = LayerFactory::builtIn());

// Scenes to start from ("Starting soon", "Live with camera", "Be right back"), built from
// the layer kinds that exist; factory must know "camera" (media::registerCaptureKinds).
Expected<SceneCollection> sceneTemplates(const LayerFactory &factory);

}  // namespace vida3::studio
