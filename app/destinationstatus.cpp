// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationstatus.h"

#include "app/errortext.h"
#include "studio/session/sessionstats.h"

#include <cmath>

namespace vida3::app {

using encoder::OutputState;

QString DestinationStatus::stateText(OutputState state, const Error &error, const studio::OutputSnapshot *snapshot)
{
    switch (state) {
    case OutputState::Idle:
        return tr("Idle");
    case OutputState::Stopped:
        return tr("Stopped");
    case OutputState::Connecting:
        return tr("Connecting…");
    case OutputState::Live:
        return tr("● Live");
    case OutputState::Stopping:
        return tr("Stopping…");
    case OutputState::Failed:
        return tr("Failed: %1").arg(ErrorText::brief(error));
    case OutputState::Reconnecting:
        break;
    }
    if (!snapshot || snapshot->state != OutputState::Reconnecting || snapshot->attempt <= 0)
        return tr("Reconnecting…");
    if (snapshot->nextAttemptInMs < 0)
        return tr("Reconnecting (attempt %1)…").arg(snapshot->attempt);
    const int seconds = static_cast<int>(std::ceil(snapshot->nextAttemptInMs / 1000.0));
    return tr("Reconnecting in %n s (attempt %1)", nullptr, seconds).arg(snapshot->attempt);
}

QString DestinationStatus::tone(OutputState state)
{
    switch (state) {
    case OutputState::Live:
        return QStringLiteral("live");
    case OutputState::Connecting:
    case OutputState::Reconnecting:
    case OutputState::Stopping:
        return QStringLiteral("busy");
    case OutputState::Failed:
        return QStringLiteral("failed");
    case OutputState::Idle:
    case OutputState::Stopped:
        break;
    }
    return QStringLiteral("idle");
}

QString DestinationStatus::countersText(const studio::OutputSnapshot &snapshot)
{
    const QString url = snapshot.usingBackup ? tr("backup URL") : tr("primary URL");
    return tr("%1 kbps · dropped (network) %2 · reconnects %3 · %4")
        .arg(qRound(snapshot.kbps))
        .arg(snapshot.droppedNetwork)
        .arg(snapshot.reconnects)
        .arg(url);
}

QColor DestinationStatus::congestionColour(double congestion)
{
    if (congestion < kCongestionGreenBelow)
        return QColor(0x22, 0xc5, 0x5e);
    if (congestion < kCongestionYellowBelow)
        return QColor(0xea, 0xb3, 0x08);
    return QColor(0xef, 0x44, 0x44);
}

}  // namespace vida3::app
