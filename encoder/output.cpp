// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/output.h"

namespace vida3::encoder {

QString outputStateName(OutputState state)
{
    switch (state) {
    case OutputState::Idle: return QStringLiteral("idle");
    case OutputState::Connecting: return QStringLiteral("connecting");
    case OutputState::Live: return QStringLiteral("live");
    case OutputState::Reconnecting: return QStringLiteral("reconnecting");
    case OutputState::Stopping: return QStringLiteral("stopping");
    case OutputState::Stopped: return QStringLiteral("stopped");
    case OutputState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

}  // namespace vida3::encoder
