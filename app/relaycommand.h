// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"

namespace vida3::app {

// True when the options ask for a one-shot relay command (--relay-token, --rotate-relay-secret).
bool isRelayCommand(const StudioOptions &options);

// Runs it with its own QCoreApplication (the keychain is asynchronous) and returns the exit
// code: 0 done (the token on stdout), 2 no secret could be read or written.
int runRelayCommand(int argc, char *argv[], const StudioOptions &options);

}  // namespace vida3::app
