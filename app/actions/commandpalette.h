// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace vida3::app {

class ActionRegistry;

// Type to find any action and run it: Go live, Record, a scene to switch to, a channel to mute, a
// layer to add. Every word typed must appear in the action's name or category (any order, any
// case). Enter runs the highlighted one and closes; actions that cannot run now are listed greyed
// with the reason out of reach.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(ActionRegistry &registry, QWidget *parent = nullptr);

    // Shows it empty, centred near the top of the parent, the search field focused.
    void open() override;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_list; }
    // The ids of the actions listed now, in order.
    QStringList listedIds() const;

    // True when every word of `query` is in `text` (case-insensitive).
    static bool matches(const QString &query, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void runCurrent();

    ActionRegistry &m_registry;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

}  // namespace vida3::app
