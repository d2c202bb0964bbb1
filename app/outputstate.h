// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/output.h"

namespace vida3::app {

// Starting, sending or trying to reconnect: what Stop would end. (Stopping is on its way out.)
inline bool isRunning(encoder::OutputState state)
{
    using S = encoder::OutputState;
    return state == S::Connecting || state == S::Live || state == S::Reconnecting;
}

}  // namespace vida3::app
