// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerfactory.h"
#include "studio/scene/scenelayer.h"

#include <QImage>
#include <QRectF>

#include <memory>

namespace vida3::studio::media {

class MediaLibrary;
class MediaPlayer;

// Kind "media": a video or audio file (anything FFmpeg reads), fitted inside the layer's
// rectangle with its aspect kept. Fields: "source" (the file; relative to the scene's folder)
// and "loop" (default false). Its sound is the mixer channel named after the layer id. The
// pictures come from the session's MediaLibrary, converted off the render thread at the size
// painted, so paint() is a plain copy.
class MediaLayer final : public SceneLayer
{
public:
    static inline const QString kKind = QStringLiteral("media");

    struct Settings
    {
        QString path;
        bool loop = false;
    };
    static Expected<Settings> parseSettings(const FieldReader &reader, const QString &baseDirectory);

    // The kind, building layers from library's players. With a null library (a scene checked
    // before its session exists) layers validate but show a slate.
    static LayerKind layerKind(std::shared_ptr<MediaLibrary> library);
    // Registers the kind (replacing an earlier registration).
    static void registerKind(LayerFactory &factory, std::shared_ptr<MediaLibrary> library);
    // A full-canvas media layer (the --media option); id must be unique in the scene.
    static LayerDescription fullCanvas(const QString &id, const QString &path, bool loop, QSizeF canvasSize, int z);

    MediaLayer(const QRectF &geometryPx, QString label, std::shared_ptr<MediaPlayer> player);
    ~MediaLayer() override;

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;

private:
    QRectF m_geometryPx;
    QString m_label;
    std::shared_ptr<MediaPlayer> m_player;
    QRectF m_outputRect;
    QRectF m_pictureRect;
    QImage m_slate;
};

}  // namespace vida3::studio::media
