// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/actions/commandpalette.h"

#include "app/actions/actionregistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vida3::app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

CommandPalette::CommandPalette(ActionRegistry &registry, QWidget *parent) : QDialog(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command palette"));
    setModal(true);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Type an action: go live, record, a scene, mute…"));
    m_search->setAccessibleName(tr("Find an action"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("paletteResults"));
    m_list->setAccessibleName(tr("Actions found"));
    m_list->setUniformItemSizes(true);
    m_empty = new QLabel(tr("No action matches."));
    m_empty->setProperty("role", QStringLiteral("hint"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    resize(560, 420);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    connect(&m_registry, &ActionRegistry::actionsChanged, this, [this] {
        if (isVisible())
            refill();
    });
}

void CommandPalette::open()
{
    m_search->clear();
    refill();
    if (QWidget *owner = parentWidget()) {
        const QPoint centre = owner->mapToGlobal(QPoint(owner->width() / 2, 0));
        move(centre.x() - width() / 2, centre.y() + owner->height() / 8);
    }
    QDialog::open();
    m_search->setFocus();
}

bool CommandPalette::matches(const QString &query, const QString &text)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

QStringList CommandPalette::listedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(kIdRole).toString());
    return ids;
}

void CommandPalette::refill()
{
    m_list->clear();
    const QString query = m_search->text();
    for (QAction *action : m_registry.actions()) {
        const QString name = ActionRegistry::textOf(action);
        const QString category = ActionRegistry::categoryOf(action);
        if (!action->isVisible() && !action->isEnabled())
            continue;
        if (!matches(query, category + u' ' + name))
            continue;
        QString line = QStringLiteral("%1 › %2").arg(category, name);
        if (action->isCheckable())
            line += action->isChecked() ? tr("  (on)") : tr("  (off)");
        if (!action->shortcut().isEmpty())
            line += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(kIdRole, ActionRegistry::idOf(action));
        if (!action->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
    }
    m_empty->setVisible(m_list->count() == 0);
}

void CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    QPointer<QAction> action = m_registry.action(item->data(kIdRole).toString());
    accept();
    // After the palette has closed: the action may open a dialog of its own.
    QTimer::singleShot(0, &m_registry, [action] {
        if (action && action->isEnabled())
            action->trigger();
    });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while typing.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace vida3::app
