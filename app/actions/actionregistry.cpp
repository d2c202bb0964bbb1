// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/actions/actionregistry.h"

#include <QAction>
#include <QRegularExpression>
#include <QSettings>
#include <QWidget>

namespace vida3::app {

namespace {
constexpr char kIdProperty[] = "vida3ActionId";
constexpr char kCategoryProperty[] = "vida3ActionCategory";
constexpr char kDefaultProperty[] = "vida3ActionDefaultKeys";
constexpr char kTextProperty[] = "vida3ActionText";
constexpr char kGlobalProperty[] = "vida3ActionGlobal";
}  // namespace

ActionRegistry::ActionRegistry(QWidget &window, QSettings &settings, QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings)
{
}

QString ActionRegistry::settingsKey(const QString &id) const
{
    return QStringLiteral("hotkeys/") + id;
}

QAction *ActionRegistry::add(const ActionSpec &spec)
{
    return registerAction(new QAction(spec.text, this), spec, true);
}

QAction *ActionRegistry::adopt(QAction *action, const ActionSpec &spec)
{
    return registerAction(action, spec, false);
}

QAction *ActionRegistry::registerAction(QAction *action, const ActionSpec &spec, bool owned)
{
    remove(spec.id);
    action->setProperty(kIdProperty, spec.id);
    action->setProperty(kCategoryProperty, spec.category);
    action->setProperty(kDefaultProperty, spec.defaultKeys.toString(QKeySequence::PortableText));
    action->setProperty(kTextProperty, spec.text);
    action->setProperty(kGlobalProperty, spec.global);
    // The saved choice when there is one (empty: the user cleared it), else the default.
    const QString key = settingsKey(spec.id);
    const QKeySequence wanted = m_settings.contains(key)
        ? QKeySequence::fromString(m_settings.value(key).toString(), QKeySequence::PortableText)
        : spec.defaultKeys;
    action->setShortcut(wanted.isEmpty() || holderOf(wanted, spec.id) ? QKeySequence() : wanted);
    m_window.addAction(action);
    m_actions.append(action);
    if (owned)
        m_owned.append(action);
    connect(action, &QObject::destroyed, this, [this, action] {
        m_actions.removeAll(action);
        m_owned.removeAll(action);
    });
    Q_EMIT actionsChanged();
    return action;
}

void ActionRegistry::remove(const QString &id)
{
    QAction *action = this->action(id);
    if (!action)
        return;
    m_actions.removeAll(action);
    m_window.removeAction(action);
    action->disconnect(this);
    if (m_owned.removeAll(action) > 0)
        action->deleteLater();
    Q_EMIT actionsChanged();
}

void ActionRegistry::removeWithPrefix(const QString &prefix)
{
    const QList<QAction *> all = m_actions;
    for (QAction *action : all) {
        if (idOf(action).startsWith(prefix))
            remove(idOf(action));
    }
}

QAction *ActionRegistry::action(const QString &id) const
{
    for (QAction *action : m_actions) {
        if (idOf(action) == id)
            return action;
    }
    return nullptr;
}

QList<QAction *> ActionRegistry::actions() const
{
    return m_actions;
}

QString ActionRegistry::idOf(const QAction *action)
{
    return action->property(kIdProperty).toString();
}

QString ActionRegistry::categoryOf(const QAction *action)
{
    return action->property(kCategoryProperty).toString();
}

QString ActionRegistry::textOf(const QAction *action)
{
    QString text = action->property(kTextProperty).toString();
    if (text.isEmpty())
        text = action->text();
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

bool ActionRegistry::isGlobal(const QAction *action)
{
    return action->property(kGlobalProperty).toBool();
}

QKeySequence ActionRegistry::defaultKeys(const QString &id) const
{
    const QAction *found = action(id);
    return found ? QKeySequence::fromString(found->property(kDefaultProperty).toString(), QKeySequence::PortableText)
                 : QKeySequence();
}

QAction *ActionRegistry::holderOf(const QKeySequence &keys, const QString &exceptId) const
{
    if (keys.isEmpty())
        return nullptr;
    for (QAction *action : m_actions) {
        if (idOf(action) != exceptId && action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

Status ActionRegistry::bind(const QString &id, const QKeySequence &keys)
{
    QAction *target = action(id);
    if (!target)
        return Error{ErrorCode::InvalidArgument, tr("There is no action “%1”.").arg(id)};
    if (const QString reserved = reservedReason(keys); !reserved.isEmpty())
        return Error{ErrorCode::InvalidArgument, reserved};
    if (const QAction *other = holderOf(keys, id))
        return Error{ErrorCode::InvalidArgument, tr("%1 is already the key of “%2”. Clear it there first.")
                                                     .arg(keys.toString(QKeySequence::NativeText), textOf(other))};
    target->setShortcut(keys);
    m_settings.setValue(settingsKey(id), keys.toString(QKeySequence::PortableText));
    Q_EMIT bindingChanged(id);
    return Status::ok();
}

QString ActionRegistry::reservedReason(const QKeySequence &keys)
{
    if (keys.isEmpty())
        return {};
    const QKeyCombination first = keys[0];
    const Qt::KeyboardModifiers mods = first.keyboardModifiers() & ~Qt::KeypadModifier;
    const Qt::Key key = first.key();
    const QString name = keys.toString(QKeySequence::NativeText);
    // Keys that move the focus or press the focused button: a hotkey would take them from everyone.
    if ((mods == Qt::NoModifier || mods == Qt::ShiftModifier)
        && (key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Return || key == Qt::Key_Enter
            || key == Qt::Key_Escape || key == Qt::Key_Space))
        return tr("%1 moves the focus or presses the focused control: choose a key with Ctrl, Alt or a function key.").arg(name);
    // What the layers list and the canvas use while they have the focus.
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if ((arrow && (mods == Qt::NoModifier || mods == Qt::ShiftModifier))
        || ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && mods == Qt::NoModifier))
        return tr("%1 moves or removes layers in the canvas and the Layers list.").arg(name);
    for (const QKeySequence &editing : {QKeySequence(QKeySequence::Copy), QKeySequence(QKeySequence::Paste),
                                       QKeySequence(QKeySequence::Cut), QKeySequence(QKeySequence::SelectAll),
                                       QKeySequence(Qt::CTRL | Qt::Key_D)}) {
        if (keys == editing)
            return tr("%1 copies, pastes or duplicates layers and text.").arg(name);
    }
    return {};
}

Status ActionRegistry::resetToDefault(const QString &id)
{
    if (Status bound = bind(id, defaultKeys(id)); !bound)
        return bound;
    m_settings.remove(settingsKey(id));
    return Status::ok();
}

}  // namespace vida3::app
