// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/destinationlist.h"
#include "studio/audio/mixerchannel.h"
#include "studio/setup/encodecandidates.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace vida3::app {

// One line of the go-live checklist.
struct PreflightItem
{
    enum class Level { Pass, Warning, Problem, Pending };
    QString id;  // "destinations", "microphone", "disk", "encoder"
    Level level = Level::Pending;
    QString text;
};

// The checks themselves, without a window: each turns what the studio knows into a line.
struct Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    // Free space below this on the recording disk is a warning (about an hour at 4.5 Mb/s).
    static constexpr qint64 kLowDiskBytes = 2LL * 1024 * 1024 * 1024;

    // Problem without an included destination with a key; Warning when a server or key breaks its
    // platform's rules (the platform would refuse it).
    static PreflightItem destinations(const QList<DestinationList::Readiness> &included);
    // Warning when every microphone is muted or there is none (viewers would hear no voice).
    static PreflightItem microphones(const std::vector<studio::audio::MixerChannel> &channels);
    // Warning below kLowDiskBytes free where recordings go (the nearest folder that exists).
    static PreflightItem disk(const QString &recordingFolder, int totalKbps);
    // From a measurement of the encode in use: Pass at kKeepsUpSpeed or more, else Warning.
    static PreflightItem encoder(const studio::CandidateResult &measured);
    // A hardware encoder: the CPU is not what limits it.
    static PreflightItem hardwareEncoder(const QString &label);
    static PreflightItem measuring();
};

}  // namespace vida3::app
