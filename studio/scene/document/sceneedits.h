// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/scenecollection.h"

#include <optional>

namespace vida3::studio {

class SceneDocument;

// Checked edits of a collection's scenes: each refuses what would make the document invalid
// (InvalidArgument with the reason, nothing changed) or pushes one undoable command.
namespace sceneedits {

// A new scene after the one at `after` (-1: at the end); name made unique ("Scene 2").
Expected<QString> addScene(SceneDocument &document, const QString &name, qsizetype after = -1,
                           QList<LayerDescription> layers = {});
// A template (or any scene from elsewhere) as a new scene with a free id and name.
Expected<QString> addSceneFrom(SceneDocument &document, const CollectionScene &source, qsizetype after = -1);
// Several scenes (an imported bundle) at the end, as one step; returns their new ids.
Expected<QStringList> addScenes(SceneDocument &document, const QList<CollectionScene> &scenes, const QString &text);
Expected<QString> duplicateScene(SceneDocument &document, const QString &sceneId);
Status renameScene(SceneDocument &document, const QString &sceneId, const QString &name);
Status removeScene(SceneDocument &document, const QString &sceneId);
Status moveScene(SceneDocument &document, qsizetype from, qsizetype to);
// Puts a scene on air; text names the step in the history ("Switch to …", "Take").
Status setProgram(SceneDocument &document, const QString &sceneId, const QString &text = {});
// A scene's own transition, or (empty id) the default one.
Status setTransition(SceneDocument &document, const QString &sceneId, const std::optional<Transition> &transition);

}  // namespace sceneedits
}  // namespace vida3::studio
