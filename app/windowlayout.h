// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QMainWindow;
class QSettings;

namespace vida3::app {

// The window's arrangement as the user left it: where each dock is, which are tabbed, floating
// or closed, and the window's size. Saved when the window closes, restored at the next start;
// View > Reset layout brings back the arrangement the studio starts with.
class WindowLayout : public QObject
{
    Q_OBJECT

public:
    WindowLayout(QMainWindow &window, QSettings &settings);

    // Once every dock exists: keeps the arrangement of now as the default, then restores the
    // saved one (if any).
    void restore();
    void save();
    void reset();
    QAction *resetAction() const { return m_reset; }

private:
    QMainWindow &m_window;
    QSettings &m_settings;
    QByteArray m_default;
    QAction *m_reset = nullptr;
};

}  // namespace vida3::app
