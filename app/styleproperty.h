// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace vida3::app {

// Sets a property the style sheet selects on ("role", "tone", "active") and applies the style
// again: Qt does not re-evaluate property selectors by itself.
inline void setStyleProperty(QWidget *widget, const char *name, const QVariant &value)
{
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

}  // namespace vida3::app
