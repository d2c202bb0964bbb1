// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/capturekinds.h"

#include "studio/media/capturepool.h"

#include "studio/media/cameradevices.h"
#include "studio/media/capturelayer.h"
#include "studio/media/livecapture.h"
#include "studio/media/screeninput.h"
#include "studio/scene/fieldreader.h"

#include <QJsonObject>

namespace vida3::studio::media {

namespace {
struct ScreenSettings
{
    ScreenRegion region;
    bool cursor = true;
};

Expected<ScreenSettings> parseScreenSettings(const FieldReader &r)
{
    auto display = r.string(QStringLiteral("display"), QStringLiteral("default"));
    if (!display)
        return display.error();
    auto region = r.string(QStringLiteral("region"), QString());
    if (!region)
        return region.error();
    auto cursor = r.boolean(QStringLiteral("cursor"), true);
    if (!cursor)
        return cursor.error();
    auto window = r.string(QStringLiteral("window"), QString());
    if (!window)
        return window.error();
    if (!window->isEmpty() && !region->isEmpty())
        return r.error(QStringLiteral("window"), QStringLiteral("a window or a region, not both"));
    const QString text = !window->isEmpty() ? QStringLiteral("%1+window=%2").arg(*display, *window)
                         : region->isEmpty() ? *display
                                             : QStringLiteral("%1+%2").arg(*display, *region);
    auto parsed = parseScreen(text);
    if (!parsed)
        return r.error(!window->isEmpty() ? QStringLiteral("window")
                       : region->isEmpty() ? QStringLiteral("display")
                                           : QStringLiteral("region"),
                       parsed.error().detail);
    return ScreenSettings{parsed.value(), *cursor};
}

struct CameraSettings
{
    QString device;
    CameraFormat format;
    bool mirror = false;
    QMargins crop;
};

Expected<CameraSettings> parseCameraSettings(const FieldReader &r)
{
    CameraSettings s;
    auto device = r.string(QStringLiteral("device"), QStringLiteral("default"));
    if (!device)
        return device.error();
    s.device = *device;
    auto format = r.string(QStringLiteral("format"), QString());
    if (!format)
        return format.error();
    if (!format->isEmpty()) {
        auto parsed = parseCameraFormat(*format);
        if (!parsed)
            return r.error(QStringLiteral("format"), parsed.error().detail);
        s.format = parsed.value();
    }
    auto mirror = r.boolean(QStringLiteral("mirror"), false);
    if (!mirror)
        return mirror.error();
    s.mirror = *mirror;
    if (r.has(QStringLiteral("crop"))) {
        const QJsonValue crop = r.object().value(QStringLiteral("crop"));
        if (!crop.isObject())
            return r.error(QStringLiteral("crop"), QStringLiteral("must be {\"left\", \"top\", \"right\", \"bottom\"} in pixels"));
        const FieldReader c(crop.toObject(), QString(), r.fieldPath(QStringLiteral("crop")));
        int sides[4] = {};
        const QStringList names{QStringLiteral("left"), QStringLiteral("top"), QStringLiteral("right"), QStringLiteral("bottom")};
        for (int i = 0; i < 4; ++i) {
            auto v = c.integer(names[i], 0, 0, 8192);
            if (!v)
                return v.error();
            sides[i] = *v;
        }
        s.crop = QMargins(sides[0], sides[1], sides[2], sides[3]);
    }
    return s;
}

template <typename Parse>
LayerKind captureKind(const QString &name, QStringList fields, Parse parse,
                      std::function<std::unique_ptr<SceneLayer>(const LayerDescription &, const FieldReader &)> create)
{
    LayerKind kind;
    kind.name = name;
    kind.fields = std::move(fields);
    kind.validate = [parse](const LayerDescription &, const FieldReader &reader) -> Status {
        auto settings = parse(reader);
        return settings ? Status() : Status(settings.error());
    };
    kind.create = [create](const LayerDescription &d) { return create(d, FieldReader(d.properties, d.id, QString())); };
    return kind;
}
}  // namespace

LayerKind screenLayerKind(int fps, std::shared_ptr<CapturePool> pool)
{
    LayerKind kind = captureKind(QStringLiteral("screen"),
                       {QStringLiteral("display"), QStringLiteral("region"), QStringLiteral("window"), QStringLiteral("cursor")},
                       parseScreenSettings,
                       [fps, pool](const LayerDescription &d, const FieldReader &reader) -> std::unique_ptr<SceneLayer> {
                           auto settings = parseScreenSettings(reader);
                           if (!settings)
                               return nullptr;
                           const ScreenSettings s = settings.value();
                           LiveCapture::Options options;
                           options.resolve = [s, fps] { return screenInput(s.region, fps, s.cursor); };
                           CaptureLayer::Look look{QStringLiteral("Screen %1").arg(s.region.display), false, {}};
                           const QString key = QStringLiteral("screen|%1|%2|%3").arg(reader.object().value(QStringLiteral("display")).toString(),
                                                                                    reader.object().value(QStringLiteral("region")).toString(),
                                                                                    reader.object().value(QStringLiteral("window")).toString())
                               + (s.cursor ? u"|cursor" : u"|no-cursor");
                           return std::make_unique<CaptureLayer>(d.geometryPx, look, pool->acquire(key, options));
                       });
    kind.schema = {{QStringLiteral("display"), FieldSpec::Type::Text, QStringLiteral("default")},
                   {QStringLiteral("region"), FieldSpec::Type::Text, QString()},
                   {QStringLiteral("window"), FieldSpec::Type::Text, QString()},
                   {QStringLiteral("cursor"), FieldSpec::Type::Boolean, true}};
    return kind;
}

LayerKind cameraLayerKind(std::shared_ptr<CapturePool> pool)
{
    LayerKind kind = captureKind(QStringLiteral("camera"),
                       {QStringLiteral("device"), QStringLiteral("format"), QStringLiteral("mirror"), QStringLiteral("crop")},
                       parseCameraSettings,
                       [pool](const LayerDescription &d, const FieldReader &reader) -> std::unique_ptr<SceneLayer> {
                           auto settings = parseCameraSettings(reader);
                           if (!settings)
                               return nullptr;
                           const CameraSettings s = settings.value();
                           LiveCapture::Options options;
                           options.resolve = [s] { return cameraInput(s.device, s.format); };
                           CaptureLayer::Look look{QStringLiteral("Camera \u201C%1\u201D").arg(s.device), s.mirror, s.crop};
                           const QString key = QStringLiteral("camera|%1|%2").arg(s.device, reader.object().value(QStringLiteral("format")).toString());
                           return std::make_unique<CaptureLayer>(d.geometryPx, look, pool->acquire(key, options));
                       });
    kind.schema = {{QStringLiteral("device"), FieldSpec::Type::Text, QStringLiteral("default")},
                   {QStringLiteral("format"), FieldSpec::Type::Text, QString()},
                   {QStringLiteral("mirror"), FieldSpec::Type::Boolean, false},
                   {QStringLiteral("crop"), FieldSpec::Type::Json}};
    return kind;
}

void registerCaptureKinds(LayerFactory &factory, int fps, std::shared_ptr<CapturePool> pool)
{
    if (!pool)
        pool = std::make_shared<CapturePool>();
    factory.registerKind(screenLayerKind(fps, pool));
    factory.registerKind(cameraLayerKind(std::move(pool)));
}

LayerDescription screenLayer(const QString &id, const QString &screen, bool cursor, QSizeF canvas, int z)
{
    LayerDescription d;
    d.id = id;
    d.kind = QStringLiteral("screen");
    d.geometryPx = QRectF(QPointF(0, 0), canvas);
    d.z = z;
    const qsizetype plus = screen.indexOf(u'+');
    d.properties.insert(QStringLiteral("display"), plus < 0 ? screen : screen.left(plus));
    const QString rest = plus < 0 ? QString() : screen.mid(plus + 1);
    if (rest.startsWith(u"window="))
        d.properties.insert(QStringLiteral("window"), rest.mid(7));
    else if (!rest.isEmpty())
        d.properties.insert(QStringLiteral("region"), rest);
    d.properties.insert(QStringLiteral("cursor"), cursor);
    return d;
}

LayerDescription cameraLayer(const QString &id, const QString &device, const QString &format, QSizeF canvas, int z)
{
    LayerDescription d;
    d.id = id;
    d.kind = QStringLiteral("camera");
    d.geometryPx = QRectF(QPointF(0, 0), canvas);
    d.z = z;
    d.properties.insert(QStringLiteral("device"), device);
    if (!format.isEmpty())
        d.properties.insert(QStringLiteral("format"), format);
    return d;
}

}  // namespace vida3::studio::media
