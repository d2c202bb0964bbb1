// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/platform/signalwatcher.h"

#include <QMetaObject>

#include <atomic>
#include <csignal>
#include <windows.h>

namespace vida3::app {

namespace {
std::atomic<SignalWatcher *> g_watcher{nullptr};

// Runs on a thread the system makes for the event: hand the request to the watcher's thread.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    SignalWatcher *watcher = g_watcher.load();
    if (!watcher)
        return FALSE;
    const int signalNumber = (event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT) ? SIGINT : SIGTERM;
    QMetaObject::invokeMethod(watcher, [watcher, signalNumber] { Q_EMIT watcher->terminationRequested(signalNumber); },
                              Qt::QueuedConnection);
    // Closing the console ends the process once this returns: give the stop (≤ 2 s) its time.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        ::Sleep(2500);
    return TRUE;
}
}  // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    g_watcher.store(this);
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher.store(nullptr);
}

void SignalWatcher::onReadable() {}

}  // namespace vida3::app
