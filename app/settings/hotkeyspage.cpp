// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/settings/hotkeyspage.h"

#include "app/actions/actionregistry.h"
#include "app/actions/commandpalette.h"
#include "app/actions/globalhotkeybinder.h"
#include "app/styleproperty.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

HotkeysPage::HotkeysPage(ActionRegistry &registry, GlobalHotkeyBinder *global, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_global(global)
{
    setObjectName(QStringLiteral("hotkeysPage"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("hotkeyFilter"));
    m_filter->setPlaceholderText(tr("Find an action"));
    m_filter->setAccessibleName(tr("Find an action"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("hotkeyTable"));
    m_table->setAccessibleName(tr("Actions and their keys"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Group"), tr("Keys")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);  // Tab leaves the list for the keys field; arrows move in it
    m_keys = new QKeySequenceEdit;
    m_keys->setObjectName(QStringLiteral("hotkeyEdit"));
    m_keys->setAccessibleName(tr("New keys for the selected action"));
    auto *set = new QPushButton(tr("Set"));
    set->setObjectName(QStringLiteral("hotkeySet"));
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("hotkeyClear"));
    auto *reset = new QPushButton(tr("Default"));
    reset->setObjectName(QStringLiteral("hotkeyDefault"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("hotkeyMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    if (m_global) {
        m_globalSwitch = new QCheckBox(tr("Keys work while another application has the focus"));
        m_globalSwitch->setObjectName(QStringLiteral("globalHotkeys"));
        m_globalSwitch->setChecked(m_global->isEnabled());
        auto *why = new QLabel(m_global->unsupportedReason());
        why->setObjectName(QStringLiteral("globalHotkeysWhyNot"));
        why->setWordWrap(true);
        why->setProperty("role", QStringLiteral("hint"));
        why->setVisible(!m_global->unsupportedReason().isEmpty());
        m_globalSwitch->setEnabled(m_global->unsupportedReason().isEmpty());
        layout->addWidget(m_globalSwitch);
        layout->addWidget(why);
        connect(m_globalSwitch, &QCheckBox::toggled, this, [this](bool on) {
            const QStringList refused = m_global->setEnabled(on);
            showResult(refused.join(u'\n'), !refused.isEmpty());
        });
    }
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_keys, 1);
    row->addWidget(set);
    row->addWidget(clear);
    row->addWidget(reset);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, this, &HotkeysPage::refill);
    connect(&m_registry, &ActionRegistry::actionsChanged, this, &HotkeysPage::refill);
    connect(&m_registry, &ActionRegistry::bindingChanged, this, &HotkeysPage::refill);
    connect(set, &QPushButton::clicked, this, [this] { setKeys(m_keys->keySequence()); });
    connect(m_keys, &QKeySequenceEdit::editingFinished, this, [this] {
        if (!m_keys->keySequence().isEmpty())
            setKeys(m_keys->keySequence());
    });
    connect(clear, &QPushButton::clicked, this, [this] { setKeys(QKeySequence()); });
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        const Status done = m_registry.resetToDefault(id);
        showResult(done ? tr("Back to its default.") : done.error().detail, !done);
    });
    refill();
}

void HotkeysPage::refill()
{
    const QString keep = selectedId();
    m_table->setRowCount(0);
    for (QAction *action : m_registry.actions()) {
        const QString name = ActionRegistry::textOf(action);
        const QString group = ActionRegistry::categoryOf(action);
        if (!CommandPalette::matches(m_filter->text(), group + u' ' + name))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setData(kIdRole, ActionRegistry::idOf(action));
        m_table->setItem(row, 0, nameItem);
        m_table->setItem(row, 1, new QTableWidgetItem(group));
        m_table->setItem(row, 2, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
        if (ActionRegistry::idOf(action) == keep)
            m_table->selectRow(row);
    }
}

QString HotkeysPage::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (item->column() == 0)
            return item->data(kIdRole).toString();
    }
    return {};
}

bool HotkeysPage::selectAction(const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, 0)->data(kIdRole).toString() == id) {
                m_table->selectRow(row);
                return true;
            }
        }
        m_filter->clear();
    }
    return false;
}

bool HotkeysPage::setKeys(const QKeySequence &keys)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        showResult(tr("Pick an action in the list first."), true);
        return false;
    }
    const Status bound = m_registry.bind(id, keys);
    m_keys->clear();
    if (!bound) {
        showResult(bound.error().detail, true);
        return false;
    }
    QString text = keys.isEmpty() ? tr("No keys now.") : tr("%1 now runs it.").arg(keys.toString(QKeySequence::NativeText));
    if (m_global && m_global->isEnabled()) {
        if (const QString refused = m_global->refusal(id); !refused.isEmpty())
            text += u' ' + refused;
    }
    showResult(text, false);
    return true;
}

void HotkeysPage::showResult(const QString &text, bool isError)
{
    m_message->setText(text);
    setStyleProperty(m_message, "role", isError ? QStringLiteral("error") : QStringLiteral("info"));
}

}  // namespace vida3::app
