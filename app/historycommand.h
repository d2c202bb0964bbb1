// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"

class QCommandLineParser;

namespace vida3::app {

// --history, --history-csv FILE, --history-days N (retention, default 90), --no-history.
void addHistoryOptions(QCommandLineParser &parser);
Status readHistoryOptions(const QCommandLineParser &parser, StudioOptions *options);

// --history prints the session history (one line per session, or JSON lines with
// --log-format json); --history-csv FILE exports it as CSV. Both exit: 0, or 3 when the
// history cannot be read or the file written (with the reason).
bool isHistoryCommand(const StudioOptions &options);
int runHistoryCommand(int argc, char *argv[], const StudioOptions &options);

}  // namespace vida3::app
