// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"

class QCommandLineParser;

namespace vida3::app {

// --delete-all-data [--yes]: removes the settings, the data and cache folders (scenes, schedule,
// session history) and the keychain entries (stream keys, relay secret, remote-control
// password); recordings stay. Asks first on a terminal; without one --yes is required.
// --measure-encode [--measure-seconds S]: measures what this machine can encode (first-run
// wizard's candidates) and recommends a format; JSON lines with --log-format json.
void addDataOptions(QCommandLineParser &parser);
Status readDataOptions(const QCommandLineParser &parser, StudioOptions *options);

bool isDataCommand(const StudioOptions &options);
// 0 done; 1 the user said no; 2 --yes missing without a terminal; 3 something could not be
// removed or measured (the reason is printed).
int runDataCommand(int argc, char *argv[], const StudioOptions &options);

}  // namespace vida3::app
