// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"

class QApplication;

namespace vida3 {
class SecretRedactor;
}

namespace vida3::app {

// Builds the studio window (preview, destination form, Go Live, Record, status line) and runs
// the event loop until it closes. Returns the process exit code.
int runStudioWindow(QApplication &app, const StudioOptions &options, SecretRedactor &redactor);

}  // namespace vida3::app
