// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/encodemeasure.h"

#include <QList>
#include <QString>

#include <optional>

namespace vida3::studio {

// One output format the first-run wizard may recommend.
struct EncodeCandidate
{
    int width = 0;
    int height = 0;
    int fps = 0;
    QString x264Preset;  // veryfast, superfast, ultrafast
    int bitrateKbps = 0;

    encoder::VideoSettings videoSettings() const;
    QString label() const;  // "1920×1080 at 60 fps, x264 superfast"
    bool sameFormat(const EncodeCandidate &other) const;
};

// A measurement keeps up when the machine encodes at least this many times real time: the rest
// is for rendering, sound, sending, and the creator's own game and browser (the same half of
// the machine x264speed.h leaves free).
inline constexpr double kKeepsUpSpeed = 2.0;

// 1080p60 superfast, 1080p30 veryfast and superfast, 720p30 veryfast, superfast and ultrafast:
// best picture first, the order the wizard recommends in.
QList<EncodeCandidate> encodeCandidates();

struct CandidateResult
{
    EncodeCandidate candidate;
    std::optional<encoder::EncodeMeasurement> measurement;  // empty: not measured (skipped)
    QString error;                                           // the encoder failed
    bool keepsUp() const { return measurement && measurement->speed() >= kKeepsUpSpeed; }
};

// Whether the next candidate still needs measuring: not once an earlier (better) one kept up.
bool needsMeasuring(const QList<CandidateResult> &done);

// The first candidate, in encodeCandidates() order, whose measurement kept up; empty when none
// did (the machine cannot stream 720p30 even with ultrafast).
std::optional<EncodeCandidate> recommend(const QList<CandidateResult> &results);

}  // namespace vida3::studio
