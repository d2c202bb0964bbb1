// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerkind.h"
#include "studio/scene/scenelayer.h"

#include <array>
#include <QImage>
#include <QRectF>
#include <QString>
#include <vector>

namespace vida3::studio {

class FieldReader;

// Kind "vida3": the built-in generative visual. Glowing particles orbit a "VIDA³" wordmark
// in 3D (half behind it, half in front) while ribbons of light flow along sine waves over a
// deep indigo sky. Deterministic: a frame depends only on "seed" and FrameTime::seconds.
// Cost model: everything smooth (sky, glow, wordmark, particle sprites) is rasterised once
// in prepare() (see Vida3Artwork); paint() is a memcpy-speed sky blit, two drifting nebula
// blits, two wordmark blits and a few hundred small untransformed sprite blits, with no
// allocation.
class Vida3Layer final : public SceneLayer
{
public:
    struct Settings
    {
        quint32 seed = 3;
        int particleCount = 240;
        QString wordmark; // default "VIDA³"; empty hides it
        QString tagline;  // default "STUDIO"
    };

    static LayerKind layerKind();
    static Expected<Settings> parseSettings(const FieldReader &reader);

    Vida3Layer(const QRectF &geometryPx, const Settings &settings);

    void prepare(QSize outputSize, const QTransform &referenceToOutput) override;
    void paint(QPainter &painter, const FrameTime &time) override;
    bool isOpaque() const override { return true; }

private:
    // Unit-free parameters drawn from the seed once; scaled to pixels at paint time.
    struct Orbiter
    {
        float radius; // fraction of the half width
        float speedRadPerS;
        float phaseRad;
        float wobble; // fraction of the height
        float wobbleHz;
        int colorIndex;
    };
    static constexpr int kColorCount = 4;
    static constexpr int kSpriteSizes = 3;
    static constexpr int kWaveCount = 3;
    static constexpr int kDotsPerWave = 96;
    static constexpr int kBlobCount = 2;

    void paintBlobs(QPainter &painter, double seconds) const;
    void paintWaves(QPainter &painter, double seconds) const;
    void paintOrbiters(QPainter &painter, double seconds, bool front) const;
    void blitSprite(QPainter &painter, int colorIndex, int sizeIndex, double x, double y) const;

    QRectF m_geometryPx;
    Settings m_settings;
    std::vector<Orbiter> m_orbiters;

    QRectF m_rect;   // layer in output pixels
    QRect m_visible; // part of m_rect inside the frame
    bool m_needsClip = false;
    double m_unitPx = 1.0; // one reference-720p pixel in output pixels
    QImage m_sky;
    QImage m_glow;
    QImage m_wordmarkImage;
    QPoint m_wordmarkPos;
    std::array<QImage, kBlobCount> m_blobs;
    std::array<QImage, kColorCount * kSpriteSizes> m_sprites;
    std::array<double, kSpriteSizes> m_spriteHalfPx{};
};

} // namespace vida3::studio
