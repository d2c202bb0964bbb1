// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vida3::app {

class ActionRegistry;
class GlobalHotkeyBinder;

// Settings → Hotkeys: every action of the registry with its keys. Pick a row, press the keys in
// the field and Set (or Enter); Clear leaves it without keys, Default brings its default back. A key
// another action has is refused, naming that action; nothing changes then. The switch at the top
// makes the keys work while another application has focus, where the desktop allows it.
class HotkeysPage : public QWidget
{
    Q_OBJECT

public:
    HotkeysPage(ActionRegistry &registry, GlobalHotkeyBinder *global, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QKeySequenceEdit *keysEdit() const { return m_keys; }
    QLabel *message() const { return m_message; }
    // Selects the action's row (the filter is cleared when it hides it).
    bool selectAction(const QString &id);
    // What Set does for the selected row.
    bool setKeys(const QKeySequence &keys);

private:
    void refill();
    QString selectedId() const;
    void showResult(const QString &text, bool isError);

    ActionRegistry &m_registry;
    GlobalHotkeyBinder *m_global;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QKeySequenceEdit *m_keys = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_globalSwitch = nullptr;
};

}  // namespace vida3::app
