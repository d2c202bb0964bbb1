// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QSettings;
class QWidget;

namespace vida3::app {

// What the registry knows of an action besides the QAction itself.
struct ActionSpec
{
    QString id;         // stable: "output.stream", "scene.switch.<scene id>"; bindings are kept under it
    QString text;       // what menus, the palette and the hotkeys page show
    QString category;   // "Output", "Scenes", "Audio", "Layers", "View", "Studio"
    QKeySequence defaultKeys;
    // Its keys may work outside the studio (going live, recording, scenes, mutes); never for
    // editing keys such as Undo, which other applications need.
    bool global = false;
};

// Every user action by name: menus, the toolbar, the hotkeys page and the command palette all read
// it; no two actions share a key. Actions are attached to the window, so their keys work wherever
// the focus is inside it. A binding the user chose is kept in QSettings ("hotkeys/<id>", the keys
// in portable text, empty when cleared) and wins over the default; a default that would clash
// with an action already bound is left off rather than shared.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    ActionRegistry(QWidget &window, QSettings &settings, QObject *parent = nullptr);

    // A new action owned by the registry (its text and keys from `spec`).
    QAction *add(const ActionSpec &spec);
    // An action that exists elsewhere (a dock's toggle, the undo stack's): the registry manages
    // its keys and lists it; it stays owned where it is.
    QAction *adopt(QAction *action, const ActionSpec &spec);
    // Removes an action (its scene or channel is gone); its saved binding stays for next time.
    void remove(const QString &id);
    // Removes every action whose id starts with `prefix` (a list being rebuilt).
    void removeWithPrefix(const QString &prefix);

    QAction *action(const QString &id) const;
    QList<QAction *> actions() const;  // in the order they were added
    static QString idOf(const QAction *action);
    static QString categoryOf(const QAction *action);
    static QString textOf(const QAction *action);  // without the menu's & marks
    static bool isGlobal(const QAction *action);

    // Binds `keys` (empty: no keys) to the action. InvalidArgument naming the other action when
    // another one has these keys, or saying what uses a reserved key; nothing changes then.
    Status bind(const QString &id, const QKeySequence &keys);
    Status resetToDefault(const QString &id);
    QKeySequence defaultKeys(const QString &id) const;
    // Why `keys` cannot be a hotkey (the layers list, the canvas and focus moves use it), or empty.
    static QString reservedReason(const QKeySequence &keys);
    // The action that has `keys`, other than `exceptId`; null when none.
    QAction *holderOf(const QKeySequence &keys, const QString &exceptId = {}) const;

Q_SIGNALS:
    void actionsChanged();              // added or removed
    void bindingChanged(const QString &id);

private:
    QAction *registerAction(QAction *action, const ActionSpec &spec, bool owned);
    QString settingsKey(const QString &id) const;

    QWidget &m_window;
    QSettings &m_settings;
    QList<QAction *> m_actions;
    QList<QAction *> m_owned;
};

}  // namespace vida3::app
