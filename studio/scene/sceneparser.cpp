// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/sceneparser.h"

#include "studio/scene/fieldreader.h"

#include <algorithm>
#include <limits>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSet>

namespace vida3::studio {

namespace {

Q_LOGGING_CATEGORY(lcScene, "vida3.studio.scene")

// Bounds that keep a hostile or mistaken document from exhausting memory or time.
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
constexpr qsizetype kMaxLayers = 256;
constexpr qsizetype kMaxIdLength = 128;
constexpr int kMaxCanvasPx = 16384;
constexpr double kMaxCoordinatePx = 100000.0;
constexpr int kMaxAbsZ = 1000000;

const QStringList &commonLayerFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),      QStringLiteral("kind"),  QStringLiteral("x"),
        QStringLiteral("y"),       QStringLiteral("width"), QStringLiteral("height"),
        QStringLiteral("opacity"), QStringLiteral("z"),     QStringLiteral("visible"),
        QStringLiteral("locked"),  QStringLiteral("rotation"), QStringLiteral("trim")};
    return fields;
}

int lineOfOffset(const QByteArray &json, int offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    return 1 + static_cast<int>(json.left(end).count('\n'));
}

// Fills one LayerDescription from layers[index]; returns the error of the first bad field.
Status parseLayer(const QJsonObject &object, const QString &path, int index, const Scene &scene,
                  const LayerFactory &factory, LayerDescription &out, QStringList &warnings)
{
    const FieldReader r(object, scene.sourceName, path);

    auto id = r.requiredString(QStringLiteral("id"));
    if (!id)
        return id.error();
    if (id->size() > kMaxIdLength)
        return r.error(QStringLiteral("id"), QStringLiteral("longer than %1 characters").arg(kMaxIdLength));
    auto kind = r.requiredString(QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    const LayerKind *layerKind = factory.find(*kind);
    if (!layerKind) {
        return r.error(QStringLiteral("kind"),
                       QStringLiteral("unknown kind \"%1\" (known: %2)")
                           .arg(kind->left(40), factory.kindNames().join(QStringLiteral(", "))));
    }

    const double canvasW = scene.canvasSize.width();
    const double canvasH = scene.canvasSize.height();
    auto x = r.number(QStringLiteral("x"), 0.0, -kMaxCoordinatePx, kMaxCoordinatePx);
    auto y = r.number(QStringLiteral("y"), 0.0, -kMaxCoordinatePx, kMaxCoordinatePx);
    auto w = r.number(QStringLiteral("width"), canvasW, 0.0, kMaxCoordinatePx);
    auto h = r.number(QStringLiteral("height"), canvasH, 0.0, kMaxCoordinatePx);
    auto opacity = r.number(QStringLiteral("opacity"), 1.0, 0.0, 1.0);
    auto z = r.integer(QStringLiteral("z"), index, -kMaxAbsZ, kMaxAbsZ);
    auto visible = r.boolean(QStringLiteral("visible"), true);
    auto locked = r.boolean(QStringLiteral("locked"), false);
    auto rotation = r.number(QStringLiteral("rotation"), 0.0, -360.0, 360.0);
    for (const Status &s : {x ? Status() : Status(x.error()), y ? Status() : Status(y.error()),
                            w ? Status() : Status(w.error()), h ? Status() : Status(h.error()),
                            opacity ? Status() : Status(opacity.error()), z ? Status() : Status(z.error()),
                            visible ? Status() : Status(visible.error()),
                            locked ? Status() : Status(locked.error()),
                            rotation ? Status() : Status(rotation.error())}) {
        if (!s)
            return s;
    }

    out.id = *id;
    out.kind = *kind;
    out.geometryPx = QRectF(*x, *y, *w, *h);
    out.opacity = *opacity;
    out.z = *z;
    out.visible = *visible;
    out.locked = *locked;
    out.rotation = *rotation;
    if (r.has(QStringLiteral("trim"))) {
        const QJsonValue trimValue = object.value(QStringLiteral("trim"));
        if (!trimValue.isObject())
            return r.error(QStringLiteral("trim"), QStringLiteral("must be an object like {\"left\": 10}"));
        const FieldReader t(trimValue.toObject(), scene.sourceName, r.fieldPath(QStringLiteral("trim")));
        double sides[4] = {};
        const char *names[4] = {"left", "top", "right", "bottom"};
        for (int i = 0; i < 4; ++i) {
            auto v = t.number(QString::fromLatin1(names[i]), 0.0, 0.0, kMaxCoordinatePx);
            if (!v)
                return v.error();
            sides[i] = *v;
        }
        out.trim = QMarginsF(sides[0], sides[1], sides[2], sides[3]);
        if (sides[0] + sides[2] >= *w || sides[1] + sides[3] >= *h)
            return r.error(QStringLiteral("trim"), QStringLiteral("leaves nothing of the layer to show"));
    }
    out.baseDirectory = scene.baseDirectory;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (commonLayerFields().contains(it.key()))
            continue;
        if (layerKind->fields.contains(it.key())) {
            out.properties.insert(it.key(), it.value());
        } else {
            out.unknownFields.insert(it.key(), it.value());
            warnings.append(scene.sourceName + u": " + r.fieldPath(it.key()) +
                            u": unknown field (kept, ignored)");
        }
    }
    if (layerKind->validate)
        return layerKind->validate(out, r);
    return {};
}

} // namespace

Expected<QSize> parseCanvas(const FieldReader &root)
{
    const QJsonValue canvasValue = root.object().value(QStringLiteral("canvas"));
    if (canvasValue.isUndefined())
        return Scene::kDefaultCanvasSize;
    if (!canvasValue.isObject())
        return root.error(QStringLiteral("canvas"), QStringLiteral("must be an object"));
    const FieldReader canvas(canvasValue.toObject(), root.sourceName(), root.fieldPath(QStringLiteral("canvas")));
    auto w = canvas.integer(QStringLiteral("width"), Scene::kDefaultCanvasSize.width(), 16, kMaxCanvasPx);
    if (!w)
        return w.error();
    auto h = canvas.integer(QStringLiteral("height"), Scene::kDefaultCanvasSize.height(), 16, kMaxCanvasPx);
    if (!h)
        return h.error();
    return QSize(*w, *h);
}

Status parseLayers(const FieldReader &owner, const LayerFactory &factory, Scene &scene)
{
    const QJsonValue layersValue = owner.object().value(QStringLiteral("layers"));
    if (layersValue.isUndefined())
        return owner.error(QStringLiteral("layers"), QStringLiteral("missing required field"));
    if (!layersValue.isArray())
        return owner.error(QStringLiteral("layers"), QStringLiteral("must be an array"));
    const QJsonArray layers = layersValue.toArray();
    if (layers.size() > kMaxLayers) {
        return owner.error(
            QStringLiteral("layers"),
            QStringLiteral("too many layers (%1, at most %2)").arg(layers.size()).arg(kMaxLayers));
    }

    QSet<QString> ids;
    for (int i = 0; i < layers.size(); ++i) {
        const QString path = owner.fieldPath(QStringLiteral("layers[%1]").arg(i));
        const QJsonValue v = layers.at(i);
        if (!v.isObject())
            return owner.error(QStringLiteral("layers[%1]").arg(i), QStringLiteral("must be an object"));
        LayerDescription layer;
        if (Status s = parseLayer(v.toObject(), path, i, scene, factory, layer, scene.warnings); !s)
            return s.error();
        if (ids.contains(layer.id)) {
            return owner.error(QStringLiteral("layers[%1].id").arg(i),
                               QStringLiteral("duplicate id \"%1\"").arg(layer.id));
        }
        ids.insert(layer.id);
        scene.layers.append(std::move(layer));
    }
    return {};
}

Expected<Scene> parseScene(const QByteArray &json, const QString &sourceName, const QString &baseDirectory,
                           const LayerFactory &factory)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidScene,
                     QStringLiteral("%1: line %2: JSON syntax error: %3")
                         .arg(sourceName, QString::number(lineOfOffset(json, parseError.offset)),
                              parseError.errorString())};
    }
    Scene scene;
    scene.sourceName = sourceName;
    scene.baseDirectory = baseDirectory;
    const FieldReader root(doc.object(), sourceName, QString());
    if (!doc.isObject())
        return root.error(QString(), QStringLiteral("must be a JSON object"));

    if (!root.has(QStringLiteral("version")))
        return root.error(QStringLiteral("version"), QStringLiteral("missing required field"));
    auto version = root.integer(QStringLiteral("version"), 0, 0, std::numeric_limits<int>::max());
    if (!version)
        return version.error();
    if (*version == 2) {
        return root.error(QStringLiteral("version"),
                          QStringLiteral("version 2 is a scene collection; open it with loadSceneCollectionFile()"));
    }
    if (*version != Scene::kFormatVersion) {
        return root.error(QStringLiteral("version"),
                          QStringLiteral("unsupported version %1 (this build reads 1 and 2)").arg(*version));
    }
    scene.version = *version;

    auto canvas = parseCanvas(root);
    if (!canvas)
        return canvas.error();
    scene.canvasSize = *canvas;
    if (Status layers = parseLayers(root, factory, scene); !layers)
        return layers.error();

    const QJsonObject &top = root.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QString &key = it.key();
        if (key == u"version" || key == u"canvas" || key == u"layers")
            continue;
        scene.unknownFields.insert(key, it.value());
        scene.warnings.append(sourceName + u": " + key + u": unknown field (kept, ignored)");
    }
    return scene;
}

Expected<QByteArray> readSceneDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileIo,
                     QStringLiteral("%1: cannot open scene: %2").arg(path, file.errorString())};
    }
    if (file.size() > kMaxFileBytes) {
        return Error{ErrorCode::InvalidScene,
                     QStringLiteral("%1: file too large (%2 bytes, at most %3)")
                         .arg(path, QString::number(file.size()), QString::number(kMaxFileBytes))};
    }
    QByteArray json = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error{ErrorCode::FileIo,
                     QStringLiteral("%1: cannot read scene: %2").arg(path, file.errorString())};
    }
    return json;
}

Expected<Scene> loadSceneFile(const QString &path, const LayerFactory &factory)
{
    auto json = readSceneDocument(path);
    if (!json)
        return json.error();
    return parseScene(*json, path, QFileInfo(path).absolutePath(), factory);
}

Scene builtInScene()
{
    auto scene = loadSceneFile(QStringLiteral(":/vida3/scenes/default.json"));
    if (scene)
        return std::move(scene).value();
    // Only a broken build gets here; a visual is still better than a black stream.
    qCWarning(lcScene) << "built-in scene unusable:" << scene.error().detail;
    Scene fallback;
    fallback.sourceName = QStringLiteral("(built-in fallback)");
    LayerDescription visual;
    visual.id = QStringLiteral("visual");
    visual.kind = QStringLiteral("vida3");
    visual.geometryPx = QRectF(QPointF(0, 0), QSizeF(fallback.canvasSize));
    fallback.layers.append(visual);
    return fallback;
}

} // namespace vida3::studio
