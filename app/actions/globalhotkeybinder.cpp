// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/actions/globalhotkeybinder.h"

#include "app/actions/actionregistry.h"
#include "app/actions/globalhotkeys.h"

#include <QAction>
#include <QSettings>
#include <QTimer>

namespace vida3::app {

namespace {
constexpr char kGlobalSetting[] = "hotkeys/global";
}

GlobalHotkeyBinder::GlobalHotkeyBinder(ActionRegistry &registry, QSettings &settings, QObject *parent)
    : QObject(parent), m_registry(registry), m_settings(settings)
{
    if (!GlobalHotkeys::isSupported(&m_unsupported))
        return;
    m_unsupported.clear();
    m_keys = new GlobalHotkeys(this);
    connect(m_keys, &GlobalHotkeys::activated, this, [this](const QString &id) {
        if (QAction *action = m_registry.action(id); action && action->isEnabled())
            action->trigger();
    });
    // Scenes and channels come and go, keys change: the grabs follow.
    // A list rebuilt (every scene when one is renamed) changes the registry once per action, and
    // each grab waits for the X server's answer: the grabs are made again once, after the burst.
    connect(&m_registry, &ActionRegistry::actionsChanged, this, [this] {
        if (!m_enabled || m_regrabQueued)
            return;
        m_regrabQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_regrabQueued = false;
            if (m_enabled)
                grabAll();
        });
    });
    connect(&m_registry, &ActionRegistry::bindingChanged, this, [this] {
        if (m_enabled)
            grabAll();
    });
    if (m_settings.value(QLatin1String(kGlobalSetting), false).toBool())
        setEnabled(true);
}

GlobalHotkeyBinder::~GlobalHotkeyBinder() = default;

QStringList GlobalHotkeyBinder::setEnabled(bool on)
{
    if (!m_keys)
        return {m_unsupported};
    m_enabled = on;
    m_settings.setValue(QLatin1String(kGlobalSetting), on);
    m_keys->clear();
    m_refused.clear();
    if (!on)
        return {};
    grabAll();
    QStringList lines;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        lines.append(it.value());
    lines.sort();
    return lines;
}

void GlobalHotkeyBinder::grabAll()
{
    m_keys->clear();
    m_refused.clear();
    for (QAction *action : m_registry.actions()) {
        if (action->shortcut().isEmpty() || !ActionRegistry::isGlobal(action))
            continue;
        const QString id = ActionRegistry::idOf(action);
        if (Status grabbed = m_keys->add(id, action->shortcut()); !grabbed)
            m_refused.insert(id, tr("%1 for “%2” works only in the studio: %3")
                                     .arg(action->shortcut().toString(QKeySequence::NativeText), ActionRegistry::textOf(action),
                                          grabbed.error().detail));
    }
}

}  // namespace vida3::app
