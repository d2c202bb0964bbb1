// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/vida3layer.h"

#include "studio/scene/fieldreader.h"
#include "studio/scene/vida3artwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <QPainter>
#include <QRandomGenerator>

namespace vida3::studio {

namespace {
constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr int kMaxParticles = 2000;
constexpr std::array<double, 3> kSpriteDiameterRef = {5.0, 9.0, 16.0}; // at 720p
} // namespace

LayerKind Vida3Layer::layerKind()
{
    LayerKind kind = settingsLayerKind<Vida3Layer>(QStringLiteral("vida3"), {QStringLiteral("seed"), QStringLiteral("particles"),
                                                                   QStringLiteral("wordmark"), QStringLiteral("tagline")});
    kind.schema = {{QStringLiteral("seed"), FieldSpec::Type::Integer, 3, 0, 1e9},
                   {QStringLiteral("particles"), FieldSpec::Type::Integer, 240, 0, double(kMaxParticles)},
                   {QStringLiteral("wordmark"), FieldSpec::Type::Text, QStringLiteral("VIDA\u00B3")},
                   {QStringLiteral("tagline"), FieldSpec::Type::Text, QStringLiteral("STUDIO")}};
    return kind;
}

Expected<Vida3Layer::Settings> Vida3Layer::parseSettings(const FieldReader &r)
{
    Settings s;
    auto seed = r.integer(QStringLiteral("seed"), 3, 0, std::numeric_limits<int>::max());
    if (!seed)
        return seed.error();
    auto particles = r.integer(QStringLiteral("particles"), s.particleCount, 0, kMaxParticles);
    if (!particles)
        return particles.error();
    auto wordmark = r.string(QStringLiteral("wordmark"), QStringLiteral("VIDA\u00B3"));
    if (!wordmark)
        return wordmark.error();
    auto tagline = r.string(QStringLiteral("tagline"), QStringLiteral("STUDIO"));
    if (!tagline)
        return tagline.error();
    s.seed = static_cast<quint32>(*seed);
    s.particleCount = *particles;
    s.wordmark = wordmark->left(40);
    s.tagline = tagline->left(80);
    return s;
}

Vida3Layer::Vida3Layer(const QRectF &geometryPx, const Settings &settings)
    : m_geometryPx(geometryPx), m_settings(settings)
{
    QRandomGenerator rng(m_settings.seed);
    m_orbiters.reserve(static_cast<size_t>(m_settings.particleCount));
    for (int i = 0; i < m_settings.particleCount; ++i) {
        Orbiter o;
        o.radius = static_cast<float>(0.30 + 0.62 * std::sqrt(rng.generateDouble()));
        // Inner particles orbit faster, like a vortex; one in eight drifts backwards.
        const double dir = rng.bounded(8) == 0 ? -0.6 : 1.0;
        o.speedRadPerS = static_cast<float>(dir * (0.12 + 0.35 * rng.generateDouble()) / o.radius);
        o.phaseRad = static_cast<float>(kTwoPi * rng.generateDouble());
        o.wobble = static_cast<float>(0.01 + 0.05 * rng.generateDouble());
        o.wobbleHz = static_cast<float>(0.1 + 0.4 * rng.generateDouble());
        o.colorIndex = static_cast<int>(rng.bounded(kColorCount));
        m_orbiters.push_back(o);
    }
}

void Vida3Layer::prepare(QSize outputSize, const QTransform &referenceToOutput)
{
    m_rect = snappedOutputRect(m_geometryPx, referenceToOutput);
    m_visible = visibleOutputRect(m_rect, outputSize);
    m_needsClip = m_visible != m_rect.toAlignedRect();
    m_unitPx = std::max(0.05, std::min(m_rect.width() / 1280.0, m_rect.height() / 720.0));
    m_sky = QImage();
    m_glow = QImage();
    m_blobs = {};
    m_wordmarkImage = QImage();
    if (m_visible.isEmpty())
        return;
    m_sky = Vida3Artwork::sky(m_rect, m_visible);
    if (!m_settings.wordmark.isEmpty() || !m_settings.tagline.isEmpty()) {
        Vida3Artwork::Wordmark art =
            Vida3Artwork::wordmark(m_settings.wordmark, m_settings.tagline, m_unitPx);
        m_wordmarkImage = std::move(art.text);
        m_glow = std::move(art.glow);
        const QPointF topLeft =
            m_rect.center() - QPointF(m_wordmarkImage.width(), m_wordmarkImage.height()) / 2.0;
        m_wordmarkPos =
            QPoint(static_cast<int>(std::round(topLeft.x())), static_cast<int>(std::round(topLeft.y())));
    }
    for (int s = 0; s < kSpriteSizes; ++s) {
        const int d =
            std::max(2, static_cast<int>(std::lround(kSpriteDiameterRef[static_cast<size_t>(s)] * m_unitPx)));
        m_spriteHalfPx[static_cast<size_t>(s)] = d / 2.0;
        for (int c = 0; c < kColorCount; ++c)
            m_sprites[static_cast<size_t>(c * kSpriteSizes + s)] =
                Vida3Artwork::sprite(d, Vida3Artwork::paletteColor(c));
    }
    const int blobPx = std::max(2, static_cast<int>(m_rect.height() * 0.8));
    m_blobs[0] = Vida3Artwork::blob(blobPx, QColor(0x22, 0xd3, 0xee, 40));
    m_blobs[1] = Vida3Artwork::blob(blobPx, QColor(0xec, 0x48, 0x99, 40));
}

void Vida3Layer::paintBlobs(QPainter &painter, double t) const
{
    // Two clouds drift on slow Lissajous paths so the sky itself never stands still.
    for (int i = 0; i < kBlobCount; ++i) {
        const QImage &blob = m_blobs[static_cast<size_t>(i)];
        const double sign = i == 0 ? 1.0 : -1.0;
        const QPointF centre =
            m_rect.center() + QPointF(sign * m_rect.width() * 0.28 * std::sin(0.13 * t + i * 2.0),
                                      m_rect.height() * 0.16 * std::cos(0.09 * t + i * 1.3));
        painter.drawImage(QPoint(static_cast<int>(centre.x() - blob.width() / 2.0),
                                 static_cast<int>(centre.y() - blob.height() / 2.0)),
                          blob);
    }
}

void Vida3Layer::blitSprite(QPainter &painter, int colorIndex, int sizeIndex, double x, double y) const
{
    const double half = m_spriteHalfPx[static_cast<size_t>(sizeIndex)];
    // Integer positions keep the raster engine on its untransformed blend path.
    painter.drawImage(QPoint(static_cast<int>(x - half), static_cast<int>(y - half)),
                      m_sprites[static_cast<size_t>(colorIndex * kSpriteSizes + sizeIndex)]);
}

void Vida3Layer::paintWaves(QPainter &painter, double t) const
{
    const double w = m_rect.width();
    const double h = m_rect.height();
    for (int k = 0; k < kWaveCount; ++k) {
        const double baseY = m_rect.top() + h * (0.56 + 0.07 * (k - 1));
        const double amplitude = h * (0.10 + 0.04 * k);
        const double cycles = 1.1 + 0.4 * k;
        const double phase = t * (0.7 + 0.25 * k) + k * 2.1;
        const double drift = t * 0.025 * (k + 1);
        for (int i = 0; i < kDotsPerWave; ++i) {
            double u = static_cast<double>(i) / kDotsPerWave + drift;
            u -= std::floor(u);
            const double envelope = std::sin(std::numbers::pi * u);
            const double y = baseY + amplitude * envelope * std::sin(kTwoPi * cycles * u + phase);
            const int size = envelope > 0.75 ? 1 : 0;
            blitSprite(painter, k, size, m_rect.left() + u * w, y);
        }
    }
}

void Vida3Layer::paintOrbiters(QPainter &painter, double t, bool front) const
{
    const double cx = m_rect.center().x();
    const double cy = m_rect.center().y();
    const double rx = m_rect.width() * 0.5;
    const double ry = m_rect.height() * 0.24; // tilted ring seen from slightly above
    for (const Orbiter &o : m_orbiters) {
        const double a = o.phaseRad + o.speedRadPerS * t;
        const double depth = std::sin(a); // > 0: lower half of the ring, in front of the text
        if ((depth > 0.0) != front)
            continue;
        const double x = cx + rx * o.radius * std::cos(a);
        const double y = cy + ry * o.radius * depth +
                         m_rect.height() * o.wobble * std::sin(kTwoPi * o.wobbleHz * t + o.phaseRad);
        const int size = depth > 0.55 ? 2 : depth > -0.3 ? 1 : 0;
        blitSprite(painter, o.colorIndex, size, x, y);
    }
}

void Vida3Layer::paint(QPainter &painter, const FrameTime &time)
{
    if (m_visible.isEmpty())
        return;
    const double t = time.seconds;
    if (m_needsClip)
        painter.setClipRect(m_visible);
    painter.drawImage(m_visible.topLeft(), m_sky);
    paintBlobs(painter, t);
    paintWaves(painter, t);
    paintOrbiters(painter, t, false);
    if (!m_wordmarkImage.isNull()) {
        const double baseOpacity = painter.opacity();
        // A slow 4 s "breath" of the glow keeps the wordmark alive without moving it.
        painter.setOpacity(baseOpacity * (0.65 + 0.35 * std::sin(kTwoPi * t / 4.0)));
        painter.drawImage(m_wordmarkPos, m_glow);
        painter.setOpacity(baseOpacity);
        painter.drawImage(m_wordmarkPos, m_wordmarkImage);
    }
    paintOrbiters(painter, t, true);
    if (m_needsClip)
        painter.setClipping(false);
}

} // namespace vida3::studio
