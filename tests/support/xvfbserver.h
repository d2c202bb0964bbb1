// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace vida3::testsupport {

// A private X server (Xvfb) on a display number it picks itself (-displayfd), no TCP, with
// plain coloured windows (xmessage) placed where a test wants them: a known picture for screen
// capture. The destructor closes the windows and the server.
class XvfbServer
{
public:
    XvfbServer() = default;
    ~XvfbServer();
    XvfbServer(const XvfbServer &) = delete;
    XvfbServer &operator=(const XvfbServer &) = delete;

    // Empty when Xvfb and xmessage are installed; otherwise what is missing.
    static QString unavailableReason();
    bool start(QSize size, int timeoutMs = 10000);
    QString display() const { return m_display; }  // ":N"
    QString lastError() const { return m_lastError; }

    // Opens a window filled with colour ("#rrggbb") at geometry (top-left and size in screen pixels) and
    // waits until it is mapped.
    bool showWindow(const QString &colour, const QRect &geometry, int timeoutMs = 10000);
    // The X window id ("0x200002") of the index-th window shown.
    QString windowId(int index) const { return m_windowIds.value(index); }

private:
    QProcess m_server;
    QList<std::shared_ptr<QProcess>> m_windows;
    QStringList m_windowIds;
    QString m_display;
    QString m_lastError;
};

}  // namespace vida3::testsupport
