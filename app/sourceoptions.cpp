// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sourceoptions.h"

#include "studio/media/medialayer.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace vida3::app {

namespace {
// "base", then "base2", "base3", … : the first id the scene does not use.
QString freeLayerId(const studio::Scene &scene, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + QString::number(n);
        const bool used = std::any_of(scene.layers.begin(), scene.layers.end(),
                                      [&](const studio::LayerDescription &d) { return d.id == id; });
        if (!used)
            return id;
    }
}

int topZ(const studio::Scene &scene)
{
    int z = 0;
    for (const studio::LayerDescription &d : scene.layers)
        z = std::max(z, d.z + 1);
    return z;
}
}  // namespace

void addSourceOptions(QCommandLineParser &p)
{
    p.addOptions({
        QCommandLineOption(QStringLiteral("media"),
                           QStringLiteral("Add a media file (video or audio, anything FFmpeg reads) as a full-canvas "
                                          "layer on top, its sound a mixer channel (media, media2, …); repeatable."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("loop"), QStringLiteral("Loop every --media file.")),
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
    return Status::ok();
}

void addSourceLayers(studio::Scene &scene, const StudioOptions &o)
{
    const QSizeF canvas(scene.canvasSize);
    for (const QString &file : o.mediaFiles) {
        const QString id = freeLayerId(scene, QStringLiteral("media"));
        scene.layers.append(studio::media::MediaLayer::fullCanvas(id, file, o.mediaLoop, canvas, topZ(scene)));
    }
}

}  // namespace vida3::app
