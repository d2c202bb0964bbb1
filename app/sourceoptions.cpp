// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sourceoptions.h"

#include "studio/media/cameradevices.h"
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/media/screeninput.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace vida3::app {

void addSourceOptions(QCommandLineParser &p)
{
    p.addOptions({
        QCommandLineOption(QStringLiteral("media"),
                           QStringLiteral("Add a media file (video or audio, anything FFmpeg reads) as a full-canvas "
                                          "layer on top, its sound a mixer channel (media, media2, …); repeatable."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("loop"), QStringLiteral("Loop every --media file.")),
        QCommandLineOption(QStringLiteral("screen"),
                           QStringLiteral("Add a screen (an X display, or a region of it: :0+X,Y,WxH) as a full-canvas "
                                          "layer on top, at the output frame rate; repeatable."),
                           QStringLiteral("DISPLAY[+X,Y,WxH]|default")),
        QCommandLineOption(QStringLiteral("no-cursor"), QStringLiteral("Leave the mouse cursor out of --screen.")),
        QCommandLineOption(QStringLiteral("camera"),
                           QStringLiteral("Add a camera (a name as --list-devices prints it, or default) as a full-canvas "
                                          "layer on top; repeatable."),
                           QStringLiteral("NAME|default")),
        QCommandLineOption(QStringLiteral("camera-format"), QStringLiteral("Size and rate asked of every --camera."),
                           QStringLiteral("WxH@FPS")),
    });
}

Status readSourceOptions(const QCommandLineParser &p, StudioOptions *o)
{
    o->mediaFiles = p.values(QStringLiteral("media"));
    o->mediaLoop = p.isSet(QStringLiteral("loop"));
    for (const QString &file : std::as_const(o->mediaFiles)) {
        if (!QFileInfo(file).isFile())
            return Error{ErrorCode::FileIo, QStringLiteral("--media: file not found: %1").arg(file)};
    }
    if (o->mediaLoop && o->mediaFiles.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("--loop: needs --media FILE")};
    o->screens = p.values(QStringLiteral("screen"));
    o->screenCursor = !p.isSet(QStringLiteral("no-cursor"));
    for (const QString &screen : std::as_const(o->screens)) {
        if (auto parsed = studio::media::parseScreen(screen); !parsed)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--") + parsed.error().detail};
    }
    o->cameras = p.values(QStringLiteral("camera"));
    o->cameraFormat = p.value(QStringLiteral("camera-format"));
    if (!o->cameraFormat.isEmpty()) {
        if (o->cameras.isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--camera-format: needs --camera NAME")};
        if (auto format = studio::media::parseCameraFormat(o->cameraFormat); !format)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--") + format.error().detail};
    }
    return Status::ok();
}

Status checkSourceDevices(const StudioOptions &o, int fps)
{
    for (const QString &screen : o.screens) {
        if (Status s = studio::media::checkScreen(studio::media::parseScreen(screen).value(), fps); !s)
            return Error{s.error().code, QStringLiteral("--screen %1: %2").arg(screen, s.error().detail)};
    }
    for (const QString &camera : o.cameras) {
        auto input = studio::media::cameraInput(camera, {});
        if (!input)
            return Error{input.error().code, QStringLiteral("--camera: %1").arg(input.error().detail)};
    }
    return Status::ok();
}

void addSourceLayers(studio::Scene &scene, const StudioOptions &o)
{
    const QSizeF canvas(scene.canvasSize);
    for (const QString &screen : o.screens) {
        const QString id = scene.freeLayerId(QStringLiteral("screen"));
        scene.layers.append(studio::media::screenLayer(id, screen, o.screenCursor, canvas, scene.topZ()));
    }
    for (const QString &file : o.mediaFiles) {
        const QString id = scene.freeLayerId(QStringLiteral("media"));
        scene.layers.append(studio::media::MediaLayer::fullCanvas(id, file, o.mediaLoop, canvas, scene.topZ()));
    }
    for (const QString &camera : o.cameras) {
        const QString id = scene.freeLayerId(QStringLiteral("camera"));
        scene.layers.append(studio::media::cameraLayer(id, camera, o.cameraFormat, canvas, scene.topZ()));
    }
}

}  // namespace vida3::app
