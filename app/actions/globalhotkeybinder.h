// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QSettings;

namespace vida3::app {

class ActionRegistry;
class GlobalHotkeys;

// Makes the registry's keys of output, scene and audio actions (ActionSpec::global) work while
// another application has the focus (Settings → Hotkeys),
// where the desktop allows it (X11). Kept in QSettings ("hotkeys/global", off by default: a
// grabbed key is taken from every other application). A key another application holds is
// refused for that action only, and said.
class GlobalHotkeyBinder : public QObject
{
    Q_OBJECT

public:
    GlobalHotkeyBinder(ActionRegistry &registry, QSettings &settings, QObject *parent = nullptr);
    ~GlobalHotkeyBinder() override;

    // Empty where global keys work; else why not, in words for the user.
    QString unsupportedReason() const { return m_unsupported; }
    bool isEnabled() const { return m_enabled; }
    // Returns what could not be grabbed ("Ctrl+Alt+R for “Record”: …"), one line each.
    QStringList setEnabled(bool on);
    // Why the action's keys are not global, or empty.
    QString refusal(const QString &id) const { return m_refused.value(id); }

private:
    void grabAll();

    ActionRegistry &m_registry;
    QSettings &m_settings;
    GlobalHotkeys *m_keys = nullptr;
    QString m_unsupported;
    bool m_enabled = false;
    bool m_regrabQueued = false;
    QHash<QString, QString> m_refused;
};

}  // namespace vida3::app
