// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace vida3::app {

// Puts a notification on the desktop: the freedesktop Notifications service over the session
// D-Bus on Linux (GNOME, KDE, any notification daemon), the system tray's balloon elsewhere.
// Where neither exists the caller still has the window's message line.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // urgent: a failure (the daemon may keep it on screen until it is seen).
    void notify(const QString &title, const QString &body, bool urgent);

Q_SIGNALS:
    // The desktop did not take it (no session bus, no notification service); said once.
    void unavailable(const QString &reason);

private:
    QSystemTrayIcon *m_tray = nullptr;
    bool m_busFailed = false;  // the session bus has no notification service: the tray from now on
    bool m_reported = false;
};

}  // namespace vida3::app
