// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/dockparts.h"

#include <QLabel>
#include <QToolButton>

namespace vida3::app {

QToolButton *dockButton(const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

QLabel *refusalLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("error"));
    label->setVisible(false);
    return label;
}

}  // namespace vida3::app
