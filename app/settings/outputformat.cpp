// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/settings/outputformat.h"

#include <QSettings>

namespace vida3::app {

namespace {
constexpr int kMinWidth = 320;
constexpr int kMaxWidth = 3840;
constexpr int kMinHeight = 180;
constexpr int kMaxHeight = 2160;
constexpr int kMinKbps = 300;
constexpr int kMaxKbps = 51000;  // H.264 level 5.1 High profile
const QList<int> kRates{24, 25, 30, 48, 50, 60};
}  // namespace

OutputFormat OutputFormat::load(const QSettings &s)
{
    OutputFormat f;
    f.width = s.value(QStringLiteral("output/width"), 0).toInt();
    f.height = s.value(QStringLiteral("output/height"), 0).toInt();
    f.fps = s.value(QStringLiteral("output/fps"), 0).toInt();
    f.bitrateKbps = s.value(QStringLiteral("output/bitrateKbps"), 0).toInt();
    f.keyframeIntervalS = s.value(QStringLiteral("output/keyframeIntervalS"), 0).toDouble();
    f.recordingFormat = s.value(QStringLiteral("recording/format"), QStringLiteral("mkv")).toString();
    f.recordingFolder = s.value(QStringLiteral("recording/folder")).toString();
    f.loudnessTargetLufs = s.value(QStringLiteral("audio/loudnessTargetLufs"), -14.0).toDouble();
    f.limiter = s.value(QStringLiteral("audio/limiter"), true).toBool();
    // A file edited by hand is not trusted: what cannot be used is the platform's again.
    if (!f.problems().isEmpty())
        return OutputFormat{};
    return f;
}

void OutputFormat::save(QSettings &s) const
{
    s.setValue(QStringLiteral("output/width"), width);
    s.setValue(QStringLiteral("output/height"), height);
    s.setValue(QStringLiteral("output/fps"), fps);
    s.setValue(QStringLiteral("output/bitrateKbps"), bitrateKbps);
    s.setValue(QStringLiteral("output/keyframeIntervalS"), keyframeIntervalS);
    s.setValue(QStringLiteral("recording/format"), recordingFormat);
    s.setValue(QStringLiteral("recording/folder"), recordingFolder);
    s.setValue(QStringLiteral("audio/loudnessTargetLufs"), loudnessTargetLufs);
    s.setValue(QStringLiteral("audio/limiter"), limiter);
}

QStringList OutputFormat::problems() const
{
    QStringList why;
    if ((width == 0) != (height == 0))
        why.append(tr("Give both the width and the height, or neither (the platform's size)."));
    else if (width != 0
             && (width < kMinWidth || width > kMaxWidth || height < kMinHeight || height > kMaxHeight))
        why.append(tr("The size must be from %1×%2 to %3×%4.").arg(kMinWidth).arg(kMinHeight).arg(kMaxWidth).arg(kMaxHeight));
    else if (width % 2 != 0 || height % 2 != 0)
        why.append(tr("The width and the height must be even numbers (H.264 halves them for colour)."));
    if (fps != 0 && !kRates.contains(fps))
        why.append(tr("The frame rate must be 24, 25, 30, 48, 50 or 60."));
    if (bitrateKbps != 0 && (bitrateKbps < kMinKbps || bitrateKbps > kMaxKbps))
        why.append(tr("The video bitrate must be from %1 to %2 kbps.").arg(kMinKbps).arg(kMaxKbps));
    if (keyframeIntervalS != 0 && (keyframeIntervalS < 1 || keyframeIntervalS > 10))
        why.append(tr("The keyframe interval must be from 1 to 10 seconds (platforms ask for 2)."));
    if (loudnessTargetLufs < -40 || loudnessTargetLufs > -5)
        why.append(tr("The loudness target must be from -40 to -5 LUFS (most platforms ask for -14)."));
    if (recordingFormat != QLatin1String("mkv") && recordingFormat != QLatin1String("mp4"))
        why.append(tr("Recordings are Matroska (.mkv) or MP4 (.mp4)."));
    return why;
}

void OutputFormat::applyTo(studio::StreamSession::Settings &settings) const
{
    if (width != 0) {
        settings.video.width = width;
        settings.video.height = height;
    }
    if (fps != 0)
        settings.video.fps = fps;
    if (bitrateKbps != 0)
        settings.video.bitrateKbps = bitrateKbps;
    if (keyframeIntervalS != 0)
        settings.video.keyintSec = keyframeIntervalS;
    settings.loudnessTargetLufs = loudnessTargetLufs;
    settings.limiter = limiter;
}

bool OutputFormat::changesEncode(const OutputFormat &other) const
{
    return width != other.width || height != other.height || fps != other.fps || bitrateKbps != other.bitrateKbps
        || keyframeIntervalS != other.keyframeIntervalS || loudnessTargetLufs != other.loudnessTargetLufs
        || limiter != other.limiter;
}

}  // namespace vida3::app
