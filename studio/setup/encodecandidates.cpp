// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/setup/encodecandidates.h"

#include <algorithm>

namespace vida3::studio {

encoder::VideoSettings EncodeCandidate::videoSettings() const
{
    encoder::VideoSettings video;
    video.width = width;
    video.height = height;
    video.fps = fps;
    video.x264Preset = x264Preset;
    video.bitrateKbps = bitrateKbps;
    video.keyintSec = 2.0;
    video.encoderKind = encoder::VideoEncoderKind::X264;
    return video;
}

QString EncodeCandidate::label() const
{
    return QStringLiteral("%1×%2 at %3 fps, x264 %4").arg(width).arg(height).arg(fps).arg(x264Preset);
}

bool EncodeCandidate::sameFormat(const EncodeCandidate &other) const
{
    return width == other.width && height == other.height && fps == other.fps;
}

QList<EncodeCandidate> encodeCandidates()
{
    // Bitrates are the platforms' usual ones for each format (x264's speed depends on them a little).
    // ultrafast only at 720p: at 1080p it turns off so much of H.264 (CABAC, the deblocking
    // filter) that 720p with a better preset looks better at the same bitrate.
    return {
        {1920, 1080, 60, QStringLiteral("superfast"), 9000},
        {1920, 1080, 30, QStringLiteral("veryfast"), 6000},
        {1920, 1080, 30, QStringLiteral("superfast"), 6000},
        {1280, 720, 30, QStringLiteral("veryfast"), 4500},
        {1280, 720, 30, QStringLiteral("superfast"), 4500},
        {1280, 720, 30, QStringLiteral("ultrafast"), 4500},
    };
}

bool needsMeasuring(const QList<CandidateResult> &done)
{
    // Candidates come best first: once one keeps up, nothing after it would be recommended.
    return std::none_of(done.cbegin(), done.cend(), [](const CandidateResult &r) { return r.keepsUp(); });
}

std::optional<EncodeCandidate> recommend(const QList<CandidateResult> &results)
{
    for (const EncodeCandidate &candidate : encodeCandidates()) {
        for (const CandidateResult &result : results) {
            if (result.candidate.sameFormat(candidate) && result.candidate.x264Preset == candidate.x264Preset
                && result.keepsUp())
                return candidate;
        }
    }
    return std::nullopt;
}

}  // namespace vida3::studio
