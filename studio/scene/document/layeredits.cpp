// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/layeredits.h"

#include "studio/scene/document/layercommands.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/fieldreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vida3::studio::layeredits {

namespace {
constexpr double kMaxCoordinatePx = 100000.0;
constexpr qsizetype kMaxIdLength = 128;
constexpr qsizetype kMaxLayers = 256;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("LayerEdits", text, nullptr, n);
}

Error refused(const QString &why)
{
    return Error{ErrorCode::InvalidArgument, why};
}

// The scene's index, or an error when there is none.
Expected<qsizetype> sceneOf(const SceneDocument &document, const QString &sceneId)
{
    const qsizetype index = document.sceneIndex(sceneId);
    if (index < 0)
        return refused(tr("No such scene."));
    return index;
}

Expected<QList<LayerDescription>> layersOf(const SceneDocument &document, const QString &sceneId, const QStringList &ids)
{
    auto scene = sceneOf(document, sceneId);
    if (!scene)
        return scene.error();
    if (ids.isEmpty())
        return refused(tr("No layer selected."));
    QList<LayerDescription> out;
    for (const QString &id : ids) {
        const qsizetype at = document.layerIndex(*scene, id);
        if (at < 0)
            return refused(tr("No layer \u201C%1\u201D in this scene.").arg(id));
        out.append(document.scene(*scene).scene.layers.at(at));
    }
    return out;
}

Status validate(const LayerDescription &layer, const LayerFactory &factory)
{
    const LayerKind *kind = factory.find(layer.kind);
    if (!kind)
        return refused(tr("Unknown layer kind \u201C%1\u201D.").arg(layer.kind));
    const QRectF &g = layer.geometryPx;
    const bool finite = std::isfinite(g.x()) && std::isfinite(g.y()) && std::isfinite(g.width()) && std::isfinite(g.height());
    if (!finite || std::abs(g.x()) > kMaxCoordinatePx || std::abs(g.y()) > kMaxCoordinatePx || g.width() < 0
        || g.height() < 0 || g.width() > kMaxCoordinatePx || g.height() > kMaxCoordinatePx)
        return refused(tr("Position and size must be within ±%1 px.").arg(kMaxCoordinatePx));
    if (kind->validate)
        return kind->validate(layer, FieldReader(layer.properties, layer.id, QString()));
    return {};
}

Status push(SceneDocument &document, const QString &sceneId, const QList<LayerDescription> &before,
            QList<LayerDescription> after, const QString &text, const QString &mergeKey = {})
{
    if (before == after)
        return {};
    QStringList ids;
    for (const LayerDescription &layer : before)
        ids.append(layer.id);
    document.push(new EditLayersCommand(document, sceneId, ids, std::move(after), text, mergeKey));
    return {};
}

QString freeId(const Scene &scene, QStringList &taken, const QString &base)
{
    QString id = base.left(kMaxIdLength - 4);
    for (int n = 2; taken.contains(id) || std::any_of(scene.layers.begin(), scene.layers.end(),
                                                        [&](const LayerDescription &l) { return l.id == id; });
         ++n)
        id = base.left(kMaxIdLength - 4) + QString::number(n);
    taken.append(id);
    return id;
}
}  // namespace

QStringList paintOrder(const SceneDocument &document, const QString &sceneId)
{
    const qsizetype scene = document.sceneIndex(sceneId);
    if (scene < 0)
        return {};
    const QList<LayerDescription> &layers = document.scene(scene).scene.layers;
    std::vector<qsizetype> order(static_cast<size_t>(layers.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return layers.at(a).z < layers.at(b).z; });
    QStringList ids;
    for (const qsizetype i : order)
        ids.append(layers.at(i).id);
    return ids;
}

Expected<QStringList> pasteLayers(SceneDocument &document, const QString &sceneId, QList<LayerDescription> layers,
                                  const LayerFactory &factory)
{
    auto scene = sceneOf(document, sceneId);
    if (!scene)
        return scene.error();
    const Scene &target = document.scene(*scene).scene;
    if (target.layers.size() + layers.size() > kMaxLayers)
        return refused(tr("A scene holds at most %1 layers.").arg(kMaxLayers));
    QStringList ids;
    int z = target.topZ();
    for (LayerDescription &layer : layers) {
        layer.id = freeId(target, ids, layer.id.isEmpty() ? layer.kind : layer.id);
        layer.z = z++;
        layer.baseDirectory = document.collection().baseDirectory;
        if (Status ok = validate(layer, factory); !ok)
            return ok.error();
    }
    if (layers.size() == 1) {
        document.push(new AddLayerCommand(document, sceneId, layers.first(), -1));
        return ids;
    }
    auto *macro = new QUndoCommand(tr("Add %n layer(s)", int(layers.size())));
    for (const LayerDescription &layer : std::as_const(layers))
        new AddLayerCommand(document, sceneId, layer, -1, macro);
    document.push(macro);
    return ids;
}

Expected<QString> addLayer(SceneDocument &document, const QString &sceneId, const QString &kind, QJsonObject properties,
                           const LayerFactory &factory, std::optional<QRectF> geometry)
{
    LayerDescription layer;
    layer.kind = kind;
    layer.id = kind;
    layer.properties = std::move(properties);
    layer.geometryPx = geometry.value_or(QRectF(QPointF(0, 0), QSizeF(document.collection().canvasSize)));
    auto ids = pasteLayers(document, sceneId, {layer}, factory);
    if (!ids)
        return ids.error();
    return ids->first();
}

Expected<QStringList> duplicateLayers(SceneDocument &document, const QString &sceneId, const QStringList &ids,
                                      const LayerFactory &factory)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    return pasteLayers(document, sceneId, *layers, factory);
}

Status removeLayers(SceneDocument &document, const QString &sceneId, const QStringList &ids)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    if (ids.size() == 1) {
        document.push(new RemoveLayerCommand(document, sceneId, ids.first()));
        return {};
    }
    auto *macro = new QUndoCommand(tr("Remove %n layer(s)", int(ids.size())));
    // Each child finds its layer when it runs, so any order is right; undo re-inserts in reverse.
    for (const QString &id : ids)
        new RemoveLayerCommand(document, sceneId, id, macro);
    document.push(macro);
    return {};
}

Status renameLayer(SceneDocument &document, const QString &sceneId, const QString &id, const QString &newId)
{
    auto layers = layersOf(document, sceneId, {id});
    if (!layers)
        return layers.error();
    const QString name = newId.trimmed();
    if (name.isEmpty() || name.size() > kMaxIdLength)
        return refused(tr("A layer name has 1 to %1 characters.").arg(kMaxIdLength));
    if (name != id && document.layerIndex(document.sceneIndex(sceneId), name) >= 0)
        return refused(tr("There is already a layer called \u201C%1\u201D in this scene.").arg(name));
    QList<LayerDescription> after = *layers;
    after.first().id = name;
    return push(document, sceneId, *layers, after, tr("Rename layer \u201C%1\u201D to \u201C%2\u201D").arg(id, name));
}

Status setVisible(SceneDocument &document, const QString &sceneId, const QStringList &ids, bool visible)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    QList<LayerDescription> after = *layers;
    for (LayerDescription &layer : after)
        layer.visible = visible;
    return push(document, sceneId, *layers, after, visible ? tr("Show %1").arg(ids.join(u", ")) : tr("Hide %1").arg(ids.join(u", ")));
}

Status setLocked(SceneDocument &document, const QString &sceneId, const QStringList &ids, bool locked)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    QList<LayerDescription> after = *layers;
    for (LayerDescription &layer : after)
        layer.locked = locked;
    return push(document, sceneId, *layers, after, locked ? tr("Lock %1").arg(ids.join(u", ")) : tr("Unlock %1").arg(ids.join(u", ")));
}

Status setOpacity(SceneDocument &document, const QString &sceneId, const QString &id, double opacity, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, {id});
    if (!layers)
        return layers.error();
    if (!std::isfinite(opacity) || opacity < 0 || opacity > 1)
        return refused(tr("Opacity is between 0 and 1."));
    QList<LayerDescription> after = *layers;
    after.first().opacity = opacity;
    return push(document, sceneId, *layers, after, tr("Opacity of %1").arg(id), mergeKey);
}

Status setProperty(SceneDocument &document, const QString &sceneId, const QString &id, const QString &key,
                   const QJsonValue &value, const LayerFactory &factory, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, {id});
    if (!layers)
        return layers.error();
    QList<LayerDescription> after = *layers;
    LayerDescription &layer = after.first();
    const LayerKind *kind = factory.find(layer.kind);
    if (!kind || !kind->fields.contains(key))
        return refused(tr("A %1 layer has no field \u201C%2\u201D.").arg(layer.kind, key));
    if (value.isUndefined())
        layer.properties.remove(key);
    else
        layer.properties.insert(key, value);
    if (Status ok = validate(layer, factory); !ok)
        return ok;
    return push(document, sceneId, *layers, after, tr("%1 of %2").arg(key, id), mergeKey);
}

Status setGeometry(SceneDocument &document, const QString &sceneId, const QStringList &ids, const QList<QRectF> &geometry,
                   const QString &text, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    if (geometry.size() != ids.size())
        return refused(tr("One rectangle per layer."));
    QList<LayerDescription> after = *layers;
    for (qsizetype i = 0; i < after.size(); ++i) {
        after[i].geometryPx = geometry.at(i);
        const QRectF &g = geometry.at(i);
        if (!std::isfinite(g.x()) || !std::isfinite(g.y()) || !std::isfinite(g.width()) || !std::isfinite(g.height())
            || std::abs(g.x()) > kMaxCoordinatePx || std::abs(g.y()) > kMaxCoordinatePx || g.width() < 0 || g.height() < 0
            || g.width() > kMaxCoordinatePx || g.height() > kMaxCoordinatePx)
            return refused(tr("Position and size must be within ±%1 px.").arg(kMaxCoordinatePx));
    }
    return push(document, sceneId, *layers, after, text, mergeKey);
}

Status reorder(SceneDocument &document, const QString &sceneId, const QStringList &bottomToTop)
{
    QStringList current = paintOrder(document, sceneId);
    if (current.isEmpty() && document.sceneIndex(sceneId) < 0)
        return refused(tr("No such scene."));
    QStringList sorted = bottomToTop;
    std::sort(sorted.begin(), sorted.end());
    QStringList all = current;
    std::sort(all.begin(), all.end());
    if (sorted != all)
        return refused(tr("A new order names every layer of the scene once."));
    if (current != bottomToTop)
        document.push(new ReorderLayersCommand(document, sceneId, bottomToTop));
    return {};
}

Status raise(SceneDocument &document, const QString &sceneId, const QStringList &ids, int steps)
{
    if (auto layers = layersOf(document, sceneId, ids); !layers)
        return layers.error();
    QStringList order = paintOrder(document, sceneId);
    const qsizetype last = order.size() - 1;
    // Move the selected layers one position at a time, keeping their order among themselves.
    const int count = std::clamp(std::abs(steps), 0, int(order.size()));
    for (int step = 0; step < count; ++step) {
        if (steps > 0) {
            for (qsizetype i = last - 1; i >= 0; --i) {
                if (ids.contains(order.at(i)) && !ids.contains(order.at(i + 1)))
                    order.swapItemsAt(i, i + 1);
            }
        } else {
            for (qsizetype i = 1; i <= last; ++i) {
                if (ids.contains(order.at(i)) && !ids.contains(order.at(i - 1)))
                    order.swapItemsAt(i, i - 1);
            }
        }
    }
    return reorder(document, sceneId, order);
}

}  // namespace vida3::studio::layeredits
