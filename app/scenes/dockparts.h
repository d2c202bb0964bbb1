// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QLabel;
class QToolButton;

namespace vida3::app {

// The pieces the scene docks share: a small button whose tooltip is also its accessible name,
// and the line under a panel that says why an edit was refused (hidden until it does).
QToolButton *dockButton(const QString &objectName, const QString &text, const QString &tip);
QLabel *refusalLabel(const QString &objectName);

}  // namespace vida3::app
