// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerdescription.h"
#include "studio/scene/layerfactory.h"

#include <QJsonValue>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace vida3::studio {

class SceneDocument;

// Checked edits of one scene's layers: each refuses what would make the scene invalid
// (InvalidArgument or InvalidScene with the reason, nothing changed) or pushes one undoable
// step. An edit of several layers is one step too. mergeKey: edits with the same key on the
// same layers merge into one step (a drag, a burst of nudges, typing in one field).
namespace layeredits {

// The layer ids of a scene bottom to top (the order they are painted in).
QStringList paintOrder(const SceneDocument &document, const QString &sceneId);

// A new layer of kind on top, with properties (checked by the kind) and geometry (default: the
// whole canvas); its id is made from the kind ("text", "text2", …). Returns the id.
Expected<QString> addLayer(SceneDocument &document, const QString &sceneId, const QString &kind, QJsonObject properties,
                           const LayerFactory &factory, std::optional<QRectF> geometry = {});
// Copies of layers (from any scene, or the clipboard) on top of this scene, with free ids.
Expected<QStringList> pasteLayers(SceneDocument &document, const QString &sceneId, QList<LayerDescription> layers,
                                  const LayerFactory &factory);
Expected<QStringList> duplicateLayers(SceneDocument &document, const QString &sceneId, const QStringList &ids,
                                      const LayerFactory &factory);
Status removeLayers(SceneDocument &document, const QString &sceneId, const QStringList &ids);
Status renameLayer(SceneDocument &document, const QString &sceneId, const QString &id, const QString &newId);
Status setVisible(SceneDocument &document, const QString &sceneId, const QStringList &ids, bool visible);
Status setLocked(SceneDocument &document, const QString &sceneId, const QStringList &ids, bool locked);
Status setOpacity(SceneDocument &document, const QString &sceneId, const QString &id, double opacity,
                  const QString &mergeKey = {});
// Degrees clockwise around the layer's centre (−360…360).
Status setRotation(SceneDocument &document, const QString &sceneId, const QStringList &ids, double degrees,
                   const QString &mergeKey = {});
// A new rectangle and crop together (resizing a cropped layer scales both): one step.
Status setFrame(SceneDocument &document, const QString &sceneId, const QString &id, const QRectF &geometry, QMarginsF trim,
                const QString &text, const QString &mergeKey = {});
// Reference pixels cropped off each side (the content stays in place); something must remain.
Status setTrim(SceneDocument &document, const QString &sceneId, const QString &id, QMarginsF trim,
               const QString &mergeKey = {});
// A kind-specific field; an undefined value takes the field out (its default applies).
Status setProperty(SceneDocument &document, const QString &sceneId, const QString &id, const QString &key,
                   const QJsonValue &value, const LayerFactory &factory, const QString &mergeKey = {});
// New rectangles (reference pixels) for layers, in the same order.
Status setGeometry(SceneDocument &document, const QString &sceneId, const QStringList &ids,
                   const QList<QRectF> &geometry, const QString &text, const QString &mergeKey = {});
Status reorder(SceneDocument &document, const QString &sceneId, const QStringList &bottomToTop);
// Moves layers up (steps > 0) or down the paint order; a huge step goes to the top or bottom.
Status raise(SceneDocument &document, const QString &sceneId, const QStringList &ids, int steps);

}  // namespace layeredits
}  // namespace vida3::studio
