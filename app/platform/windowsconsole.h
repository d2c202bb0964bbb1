// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace vida3::app::platform {

// On Windows vida3-studio.exe is a GUI-subsystem program, so starting it from the Start menu or
// Explorer opens no console window. Started from a console (cmd, PowerShell, Windows Terminal),
// it then has no stdout/stderr of its own: this attaches to the parent's console and reopens
// stdout and stderr there, so --help, --version, headless logs and `--stats -` appear as they
// do on Linux. Streams the parent redirected (pipes, files) are kept. Call it first in main(),
// before anything is printed. Elsewhere it does nothing.
#ifdef Q_OS_WIN
void attachParentConsole();
#else
inline void attachParentConsole() {}
#endif

}  // namespace vida3::app::platform
