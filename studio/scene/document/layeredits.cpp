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

// The context these strings are translated under (lupdate reads LayerEdits::tr calls).
struct LayerEdits
{
    Q_DECLARE_TR_FUNCTIONS(LayerEdits)
};

Error refused(const QString &why)
{
    return Error{ErrorCode::InvalidArgument, why};
}

// The scene's index, or an error when there is none.
Expected<qsizetype> sceneOf(const SceneDocument &document, const QString &sceneId)
{
    const qsizetype index = document.sceneIndex(sceneId);
    if (index < 0)
        return refused(LayerEdits::tr("No such scene."));
    return index;
}

Expected<QList<LayerDescription>> layersOf(const SceneDocument &document, const QString &sceneId, const QStringList &ids)
{
    auto scene = sceneOf(document, sceneId);
    if (!scene)
        return scene.error();
    if (ids.isEmpty())
        return refused(LayerEdits::tr("No layer selected."));
    QList<LayerDescription> out;
    QStringList seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            return refused(LayerEdits::tr("Layer \u201C%1\u201D named twice.").arg(id));
        seen.append(id);
        const qsizetype at = document.layerIndex(*scene, id);
        if (at < 0)
            return refused(LayerEdits::tr("No layer \u201C%1\u201D in this scene.").arg(id));
        out.append(document.scene(*scene).scene.layers.at(at));
    }
    return out;
}

// A rectangle an edit may give a layer: finite, within reach, not negative.
Status checkRect(const QRectF &g)
{
    const bool finite = std::isfinite(g.x()) && std::isfinite(g.y()) && std::isfinite(g.width()) && std::isfinite(g.height());
    if (!finite || std::abs(g.x()) > kMaxCoordinatePx || std::abs(g.y()) > kMaxCoordinatePx || g.width() < 0
        || g.height() < 0 || g.width() > kMaxCoordinatePx || g.height() > kMaxCoordinatePx)
        return refused(LayerEdits::tr("Position and size must be within ±%1 px.").arg(kMaxCoordinatePx));
    return {};
}

Status validate(const LayerDescription &layer, const LayerFactory &factory)
{
    const LayerKind *kind = factory.find(layer.kind);
    if (!kind)
        return refused(LayerEdits::tr("Unknown layer kind \u201C%1\u201D.").arg(layer.kind));
    if (Status rect = checkRect(layer.geometryPx); !rect)
        return rect;
    if (kind->validate)
        return kind->validate(layer, FieldReader(layer.properties, layer.id, QString()));
    return {};
}

// A media layer's id names its mixer channel: one id plays one file in the whole collection.
Status checkMedia(const SceneDocument &document, const QString &sceneId, const QList<LayerDescription> &layers)
{
    for (const LayerDescription &layer : layers) {
        if (layer.kind != u"media")
            continue;
        for (const CollectionScene &scene : document.collection().scenes) {
            if (scene.id == sceneId)
                continue;
            for (const LayerDescription &other : scene.scene.layers) {
                if (other.kind == u"media" && other.id == layer.id && other.properties != layer.properties) {
                    return refused(LayerEdits::tr("A media layer called \u201C%1\u201D plays another file in the scene \u201C%2\u201D: "
                                      "its name is its mixer channel, so give this one another name.")
                                       .arg(layer.id, scene.name));
                }
            }
        }
    }
    return {};
}

// Ids of media layers anywhere in the collection: a new media layer takes none of them.
QStringList mediaIds(const SceneDocument &document)
{
    QStringList ids;
    for (const CollectionScene &scene : document.collection().scenes) {
        for (const LayerDescription &layer : scene.scene.layers) {
            if (layer.kind == u"media")
                ids.append(layer.id);
        }
    }
    return ids;
}

Status push(SceneDocument &document, const QString &sceneId, const QList<LayerDescription> &before,
            QList<LayerDescription> after, const QString &text, const QString &mergeKey = {})
{
    if (before == after)
        return {};
    if (Status media = checkMedia(document, sceneId, after); !media)
        return media;
    QStringList ids;
    for (const LayerDescription &layer : before)
        ids.append(layer.id);
    document.push(new EditLayersCommand(document, sceneId, ids, std::move(after), text, mergeKey));
    return {};
}

QString freeId(const Scene &scene, const QStringList &taken, const QString &base)
{
    QString id = base.left(kMaxIdLength - 4);
    for (int n = 2; taken.contains(id) || std::any_of(scene.layers.begin(), scene.layers.end(),
                                                        [&](const LayerDescription &l) { return l.id == id; });
         ++n)
        id = base.left(kMaxIdLength - 4) + QString::number(n);
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
        return refused(LayerEdits::tr("A scene holds at most %1 layers.").arg(kMaxLayers));
    QStringList ids;
    int z = target.topZ();
    const QStringList media = mediaIds(document);
    for (LayerDescription &layer : layers) {
        // A copy of a media layer in another scene may keep its id (the same channel); a new
        // or changed one gets an id no media layer of the collection has.
        QStringList taken = ids;
        const bool clashes = layer.kind == u"media" && !checkMedia(document, sceneId, {layer});
        if (clashes)
            taken.append(media);
        layer.id = freeId(target, taken, layer.id.isEmpty() ? layer.kind : layer.id);
        ids.append(layer.id);
        layer.z = z++;
        layer.baseDirectory = document.collection().baseDirectory;
        if (Status ok = validate(layer, factory); !ok)
            return ok.error();
    }
    if (Status ok = checkMedia(document, sceneId, layers); !ok)
        return ok.error();
    if (layers.size() == 1) {
        document.push(new AddLayerCommand(document, sceneId, layers.first(), -1));
        return ids;
    }
    auto *macro = new QUndoCommand(LayerEdits::tr("Add %n layer(s)", nullptr, int(layers.size())));
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
    auto *macro = new QUndoCommand(LayerEdits::tr("Remove %n layer(s)", nullptr, int(ids.size())));
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
        return refused(LayerEdits::tr("A layer name has 1 to %1 characters.").arg(kMaxIdLength));
    if (name != id && document.layerIndex(document.sceneIndex(sceneId), name) >= 0)
        return refused(LayerEdits::tr("There is already a layer called \u201C%1\u201D in this scene.").arg(name));
    QList<LayerDescription> after = *layers;
    after.first().id = name;
    return push(document, sceneId, *layers, after, LayerEdits::tr("Rename layer \u201C%1\u201D to \u201C%2\u201D").arg(id, name));
}

Status setVisible(SceneDocument &document, const QString &sceneId, const QStringList &ids, bool visible)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    QList<LayerDescription> after = *layers;
    for (LayerDescription &layer : after)
        layer.visible = visible;
    return push(document, sceneId, *layers, after, visible ? LayerEdits::tr("Show %1").arg(ids.join(u", ")) : LayerEdits::tr("Hide %1").arg(ids.join(u", ")));
}

Status setLocked(SceneDocument &document, const QString &sceneId, const QStringList &ids, bool locked)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    QList<LayerDescription> after = *layers;
    for (LayerDescription &layer : after)
        layer.locked = locked;
    return push(document, sceneId, *layers, after, locked ? LayerEdits::tr("Lock %1").arg(ids.join(u", ")) : LayerEdits::tr("Unlock %1").arg(ids.join(u", ")));
}

Status setOpacity(SceneDocument &document, const QString &sceneId, const QString &id, double opacity, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, {id});
    if (!layers)
        return layers.error();
    if (!std::isfinite(opacity) || opacity < 0 || opacity > 1)
        return refused(LayerEdits::tr("Opacity is between 0 and 1."));
    QList<LayerDescription> after = *layers;
    after.first().opacity = opacity;
    return push(document, sceneId, *layers, after, LayerEdits::tr("Opacity of %1").arg(id), mergeKey);
}

Status setRotation(SceneDocument &document, const QString &sceneId, const QStringList &ids, double degrees,
                   const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    if (!std::isfinite(degrees) || degrees < -360 || degrees > 360)
        return refused(LayerEdits::tr("Rotation is between −360° and 360°."));
    QList<LayerDescription> after = *layers;
    for (LayerDescription &layer : after)
        layer.rotation = degrees;
    return push(document, sceneId, *layers, after, LayerEdits::tr("Rotate %1").arg(ids.join(u", ")), mergeKey);
}

Status setTrim(SceneDocument &document, const QString &sceneId, const QString &id, QMarginsF trim, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, {id});
    if (!layers)
        return layers.error();
    return setFrame(document, sceneId, id, layers->first().geometryPx, trim, LayerEdits::tr("Crop %1").arg(id), mergeKey);
}

Status setFrame(SceneDocument &document, const QString &sceneId, const QString &id, const QRectF &geometry, QMarginsF trim,
                const QString &text, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, {id});
    if (!layers)
        return layers.error();
    const QRectF r = geometry.normalized();
    if (Status rect = checkRect(r); !rect)
        return rect;
    for (const double side : {trim.left(), trim.top(), trim.right(), trim.bottom()}) {
        if (!std::isfinite(side) || side < 0 || side > kMaxCoordinatePx)
            return refused(LayerEdits::tr("A crop is 0 or more pixels a side."));
    }
    if (trim.left() + trim.right() >= r.width() || trim.top() + trim.bottom() >= r.height())
        return refused(LayerEdits::tr("That crop leaves nothing of the layer to show."));
    QList<LayerDescription> after = *layers;
    after.first().geometryPx = geometry;
    after.first().trim = trim;
    return push(document, sceneId, *layers, after, text, mergeKey);
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
        return refused(LayerEdits::tr("A %1 layer has no field \u201C%2\u201D.").arg(layer.kind, key));
    if (value.isUndefined())
        layer.properties.remove(key);
    else
        layer.properties.insert(key, value);
    if (Status ok = validate(layer, factory); !ok)
        return ok;
    return push(document, sceneId, *layers, after, LayerEdits::tr("%1 of %2").arg(key, id), mergeKey);
}

Status setGeometry(SceneDocument &document, const QString &sceneId, const QStringList &ids, const QList<QRectF> &geometry,
                   const QString &text, const QString &mergeKey)
{
    auto layers = layersOf(document, sceneId, ids);
    if (!layers)
        return layers.error();
    if (geometry.size() != ids.size())
        return refused(LayerEdits::tr("One rectangle per layer."));
    QList<LayerDescription> after = *layers;
    for (qsizetype i = 0; i < after.size(); ++i) {
        after[i].geometryPx = geometry.at(i);
        const QRectF &g = geometry.at(i);
        if (Status rect = checkRect(g); !rect)
            return rect;
        const QMarginsF &t = after[i].trim;
        if (t.left() + t.right() >= g.width() || t.top() + t.bottom() >= g.height())
            return refused(LayerEdits::tr("That size leaves nothing of the cropped layer to show."));
    }
    return push(document, sceneId, *layers, after, text, mergeKey);
}

Status reorder(SceneDocument &document, const QString &sceneId, const QStringList &bottomToTop)
{
    QStringList current = paintOrder(document, sceneId);
    if (current.isEmpty() && document.sceneIndex(sceneId) < 0)
        return refused(LayerEdits::tr("No such scene."));
    QStringList sorted = bottomToTop;
    std::sort(sorted.begin(), sorted.end());
    QStringList all = current;
    std::sort(all.begin(), all.end());
    if (sorted != all)
        return refused(LayerEdits::tr("A new order names every layer of the scene once."));
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
