// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace vida3::app {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe), so shutdown runs
// as ordinary code instead of inside a signal handler. One per process (composition root).
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
