// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace vida3::app {

// Turns a request to stop into a Qt signal on the event loop, so shutdown runs as ordinary code
// instead of inside a signal handler. POSIX (signalwatcher_posix.cpp): SIGINT and SIGTERM through
// a self-pipe, SIGPIPE ignored. Windows (signalwatcher_windows.cpp): Ctrl+C, Ctrl+Break and the
// console being closed, reported as SIGINT or SIGTERM. One per process (composition root).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace vida3::app
