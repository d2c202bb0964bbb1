// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/golive/preflight.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStorageInfo>

#include <algorithm>

namespace vida3::app {

using Level = PreflightItem::Level;

PreflightItem Preflight::destinations(const QList<DestinationList::Readiness> &included)
{
    const QString id = QStringLiteral("destinations");
    if (included.isEmpty())
        return {id, Level::Problem, tr("No destination is ticked for Go Live: tick one in Destinations.")};
    QStringList withoutKey;
    QStringList broken;
    for (const DestinationList::Readiness &r : included) {
        if (!r.hasKey)
            withoutKey.append(r.name);
        for (const QString &problem : r.problems)
            broken.append(QStringLiteral("%1: %2").arg(r.name, problem));
    }
    if (withoutKey.size() == included.size())
        return {id, Level::Problem, tr("No stream key for %1: edit the destination to add one.").arg(withoutKey.join(QStringLiteral(", ")))};
    if (!withoutKey.isEmpty())
        return {id, Level::Warning, tr("%1 has no stream key and will not start.").arg(withoutKey.join(QStringLiteral(", ")))};
    if (!broken.isEmpty())
        return {id, Level::Warning, tr("The platform may refuse: %1").arg(broken.join(QStringLiteral("; ")))};
    return {id, Level::Pass, tr("%n destination(s) ready, each with its stream key.", nullptr, int(included.size()))};
}

PreflightItem Preflight::microphones(const std::vector<studio::audio::MixerChannel> &channels)
{
    const QString id = QStringLiteral("microphone");
    int microphones = 0;
    int muted = 0;
    for (const studio::audio::MixerChannel &channel : channels) {
        if (channel.kind != studio::audio::ChannelKind::Microphone)
            continue;
        ++microphones;
        if (channel.control->muted.load())
            ++muted;
    }
    if (microphones == 0)
        return {id, Level::Warning, tr("No microphone in the mixer: viewers will not hear your voice.")};
    if (muted == microphones)
        return {id, Level::Warning, tr("Your microphone is muted (Ctrl+Shift+M unmutes every microphone).")};
    return {id, Level::Pass, tr("Microphone on.")};
}

PreflightItem Preflight::disk(const QString &recordingFolder, int totalKbps)
{
    const QString id = QStringLiteral("disk");
    QString folder = recordingFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::MoviesLocation) : recordingFolder;
    // The folder is made at the first recording: ask the disk of the nearest one that exists.
    while (!folder.isEmpty() && !QFileInfo::exists(folder) && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    const QStorageInfo storage(folder);
    if (!storage.isValid())
        return {id, Level::Warning, tr("The recording disk cannot be read (%1).").arg(QDir::toNativeSeparators(recordingFolder))};
    const qint64 free = storage.bytesAvailable();
    const QString left = QLocale().formattedDataSize(free);
    const int hours = totalKbps > 0 ? int(free / (totalKbps * 1000.0 / 8.0) / 3600.0) : 0;
    if (free < kLowDiskBytes)
        return {id, Level::Warning, tr("Only %1 free where recordings go: a recording would stop when it is full.").arg(left)};
    return {id, Level::Pass, tr("%1 free where recordings go (about %n hour(s) of recording).", nullptr, hours).arg(left)};
}

PreflightItem Preflight::encoder(const studio::CandidateResult &measured)
{
    const QString id = QStringLiteral("encoder");
    if (!measured.measurement)
        return {id, Level::Warning, tr("The encoder could not be tried: %1").arg(measured.error)};
    const encoder::EncodeMeasurement &m = *measured.measurement;
    const QString what = tr("%1×%2 at %3 fps with x264 %4")
                             .arg(m.settings.width)
                             .arg(m.settings.height)
                             .arg(m.settings.fps)
                             .arg(m.settings.x264Preset);
    const QString speed = QLocale().toString(m.speed(), 'f', 1);
    if (measured.keepsUp())
        return {id, Level::Pass, tr("This machine encodes %1 %2 times as fast as needed.").arg(what, speed)};
    return {id, Level::Warning,
            tr("This machine encodes %1 only %2 times as fast as needed: frames may be lost while a game runs. "
               "Choose a faster x264 speed or a smaller size in Settings → Output.")
                .arg(what, speed)};
}

PreflightItem Preflight::hardwareEncoder(const QString &label)
{
    return {QStringLiteral("encoder"), Level::Pass, tr("%1 encodes on the graphics chip: the CPU stays free.").arg(label)};
}

PreflightItem Preflight::measuring()
{
    return {QStringLiteral("encoder"), Level::Pending, tr("Trying the encoder on this machine…")};
}

}  // namespace vida3::app
