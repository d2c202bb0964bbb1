// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/platform/windowsconsole.h"

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <cstdio>
#include <cstdlib>

namespace vida3::app::platform {

namespace {
UINT g_previousOutputCodePage = 0;

// A pipe or a file the parent set up for us (`vida3-studio --version > out.txt`, a CI runner
// capturing output): keep it. A console handle inherited without the console is useless to a
// GUI-subsystem process, so it counts as "not redirected".
bool isRedirected(DWORD which)
{
    const HANDLE handle = ::GetStdHandle(which);
    if (handle == nullptr || handle == INVALID_HANDLE_VALUE)
        return false;
    const DWORD type = ::GetFileType(handle);
    return type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE;
}

void restoreOutputCodePage()
{
    if (g_previousOutputCodePage != 0)
        ::SetConsoleOutputCP(g_previousOutputCodePage);
}
}  // namespace

void attachParentConsole()
{
    const bool outRedirected = isRedirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = isRedirected(STD_ERROR_HANDLE);
    if (outRedirected && errRedirected)
        return;
    // Fails when there is no parent console (Start menu, Explorer): stay silent, as a GUI app.
    if (!::AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!outRedirected && ::freopen_s(&stream, "CONOUT$", "w", stdout) == 0)
        std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (!errRedirected && ::freopen_s(&stream, "CONOUT$", "w", stderr) == 0)
        std::setvbuf(stderr, nullptr, _IONBF, 0);
    // The program writes UTF-8 (VIDA³, file names); the console shows it as such while we run,
    // and gets its own code page back when we exit normally.
    g_previousOutputCodePage = ::GetConsoleOutputCP();
    if (g_previousOutputCodePage != CP_UTF8 && ::SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreOutputCodePage);
    else
        g_previousOutputCodePage = 0;
}

}  // namespace vida3::app::platform

#endif  // Q_OS_WIN
