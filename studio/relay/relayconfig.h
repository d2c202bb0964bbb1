// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/relayprotocol.h"

#include <QStringList>

namespace vida3::studio::relay {

enum class RelayBind { Loopback, Lan };

// The relay's limits; every one is configurable and defaults to the documented value.
struct RelayConfig
{
    int port = kDefaultPort;  // 0: any free port (tests)
    RelayBind bind = RelayBind::Loopback;
    QStringList extraOrigins;          // exact origins allowed besides the defaults
    int maxConnectionsPerMinute = 10;  // new connections per client address
    int maxSources = 10;               // authenticated sources at once
    int maxPendingConnections = 32;    // connections that have not said hello yet
    int helloTimeoutMs = 5000;
    int idleTimeoutMs = 30000;
    int decodeThreads = 0;  // threads browser sources are decoded on; 0: one per core
};

}  // namespace vida3::studio::relay
