// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"

class QCommandLineParser;

namespace vida3::app {

// --remote-control [PORT], --remote-control-lan, --remote-allow-origin, --remote-tls-cert/-key,
// --standby, --start-at and --stop-at (command-line.md, "Remote control and scheduling").
void addAutomationOptions(QCommandLineParser &parser);
// --remote-control may come without a port: the default port is inserted before parsing.
QStringList withRemoteDefaults(QStringList arguments);
Status readAutomationOptions(const QCommandLineParser &parser, StudioOptions *options);

}  // namespace vida3::app
