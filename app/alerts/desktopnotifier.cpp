// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/alerts/desktopnotifier.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace vida3::app {

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

void DesktopNotifier::notify(const QString &title, const QString &body, bool urgent)
{
#if defined(Q_OS_LINUX)
    // A plain asynchronous call (QDBusInterface would introspect first, blocking); daemons
    // started on demand (dunst, mako) are activated by the call itself. On an error: the tray.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && !m_busFailed) {
        QDBusMessage message = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(urgent ? 2 : 1)},
                                {QStringLiteral("desktop-entry"), QStringLiteral("org.vida3.Studio")}};
        message << QStringLiteral("VIDA³ Studio") << 0u << QStringLiteral("org.vida3.Studio") << title << body
                << QStringList() << hints << -1;
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, body, urgent](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            if (!w->isError())
                return;
            m_busFailed = true;
            notify(title, body, urgent);  // the tray, or said once that nothing shows it
        });
        return;
    }
#endif
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, body, urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    if (!m_reported) {
        m_reported = true;
        Q_EMIT unavailable(tr("This desktop shows no notifications."));
    }
}

}  // namespace vida3::app
