// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/windowlayout.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>

namespace vida3::app {

namespace {
const QString kState = QStringLiteral("window/state");
const QString kGeometry = QStringLiteral("window/geometry");
constexpr int kVersion = 1;  // bump when the docks change in a way an old state cannot describe
}  // namespace

WindowLayout::WindowLayout(QMainWindow &window, QSettings &settings)
    : QObject(&window), m_window(window), m_settings(settings)
{
    m_reset = new QAction(tr("&Reset layout"), this);
    m_reset->setObjectName(QStringLiteral("resetLayout"));
    connect(m_reset, &QAction::triggered, this, &WindowLayout::reset);
}

void WindowLayout::restore()
{
    m_default = m_window.saveState(kVersion);
    const QByteArray geometry = m_settings.value(kGeometry).toByteArray();
    if (!geometry.isEmpty())
        m_window.restoreGeometry(geometry);
    const QByteArray state = m_settings.value(kState).toByteArray();
    if (!state.isEmpty())
        m_window.restoreState(state, kVersion);
}

void WindowLayout::save()
{
    m_settings.setValue(kState, m_window.saveState(kVersion));
    m_settings.setValue(kGeometry, m_window.saveGeometry());
}

void WindowLayout::reset()
{
    m_window.restoreState(m_default, kVersion);
    m_settings.remove(kState);
}

}  // namespace vida3::app
