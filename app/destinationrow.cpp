// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationrow.h"

#include "app/congestionindicator.h"
#include "app/destinationstatus.h"
#include "app/errortext.h"
#include "app/outputstate.h"
#include "app/styleproperty.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vida3::app {

using encoder::OutputState;

namespace {
QPushButton *actionButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setProperty("size", QStringLiteral("small"));
    return button;
}

QLabel *rowLabel(const QString &objectName, const QString &role = {})
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    if (!role.isEmpty())
        label->setProperty("role", role);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

DestinationRow::DestinationRow(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("destinationRow"));
    setFrameShape(QFrame::StyledPanel);

    m_included = new QCheckBox;
    m_included->setObjectName(QStringLiteral("rowIncluded"));
    m_included->setToolTip(tr("Include in Go Live"));
    m_platform = rowLabel(QStringLiteral("rowPlatform"), QStringLiteral("hint"));
    m_congestion = new CongestionIndicator;
    m_congestion->setObjectName(QStringLiteral("rowCongestion"));
    m_stateLabel = rowLabel(QStringLiteral("rowState"));
    m_counters = rowLabel(QStringLiteral("rowCounters"), QStringLiteral("hint"));
    m_target = rowLabel(QStringLiteral("rowTarget"), QStringLiteral("hint"));
    m_target->setVisible(false);

    m_start = actionButton(tr("Start"), QStringLiteral("rowStart"));
    m_stop = actionButton(tr("Stop"), QStringLiteral("rowStop"));
    m_retry = actionButton(tr("Retry"), QStringLiteral("rowRetry"));
    m_reconnectNow = actionButton(tr("Reconnect now"), QStringLiteral("rowReconnectNow"));
    m_edit = new QToolButton;
    m_edit->setObjectName(QStringLiteral("rowEdit"));
    m_edit->setText(tr("Edit"));
    m_remove = new QToolButton;
    m_remove->setObjectName(QStringLiteral("rowRemove"));
    m_remove->setText(tr("Remove"));

    // Long texts wrap or clip (the tooltip has them whole) rather than widen the side panel.
    m_stateLabel->setWordWrap(true);
    m_counters->setWordWrap(true);
    m_target->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *top = new QHBoxLayout;
    top->addWidget(m_included);
    top->addWidget(m_platform);
    top->addStretch(1);
    auto *stateLine = new QHBoxLayout;
    stateLine->addWidget(m_congestion, 0, Qt::AlignTop);
    stateLine->addWidget(m_stateLabel, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_start, m_stop, m_retry, m_reconnectNow})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(stateLine);
    layout->addWidget(m_counters);
    layout->addWidget(m_target);
    layout->addLayout(actions);

    connect(m_included, &QCheckBox::toggled, this, &DestinationRow::includedChanged);
    connect(m_start, &QPushButton::clicked, this, &DestinationRow::startRequested);
    connect(m_retry, &QPushButton::clicked, this, &DestinationRow::startRequested);
    connect(m_stop, &QPushButton::clicked, this, &DestinationRow::stopRequested);
    connect(m_reconnectNow, &QPushButton::clicked, this, &DestinationRow::reconnectRequested);
    connect(m_edit, &QToolButton::clicked, this, &DestinationRow::editRequested);
    connect(m_remove, &QToolButton::clicked, this, &DestinationRow::removeRequested);
    refresh();
}

void DestinationRow::setDestination(const studio::Destination &destination, const QString &platformName, bool hasKey)
{
    m_name = destination.name;
    m_hasKey = hasKey;
    m_included->setText(destination.name);
    m_platform->setText(platformName);
    m_platform->setToolTip(destination.backupUrl.isEmpty()
                             ? tr("Primary: %1").arg(destination.serverUrl)
                             : tr("Primary: %1\nBackup: %2").arg(destination.serverUrl, destination.backupUrl));
    refresh();
}

void DestinationRow::setIncluded(bool included)
{
    m_included->setChecked(included);
}

bool DestinationRow::isIncluded() const
{
    return m_included->isChecked();
}

void DestinationRow::setStartAllowed(bool allowed)
{
    m_startAllowed = allowed;
    refresh();
}

void DestinationRow::setState(OutputState state, const Error &error)
{
    if (state == OutputState::Connecting)
        m_snapshot.reset();  // a new run: the last run's counters no longer apply
    m_state = state;
    m_error = state == OutputState::Failed || state == OutputState::Reconnecting ? error : Error{};
    refresh();
}

void DestinationRow::showSnapshot(const studio::OutputSnapshot &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

QString DestinationRow::stateText() const
{
    return m_stateLabel->text();
}

QString DestinationRow::countersText() const
{
    return m_counters->text();
}

QString DestinationRow::targetText() const
{
    return m_target->text();
}

QColor DestinationRow::congestionColour() const
{
    return m_congestion->colour();
}

void DestinationRow::refresh()
{
    const studio::OutputSnapshot *snapshot = m_snapshot ? &*m_snapshot : nullptr;
    QString state = DestinationStatus::stateText(m_state, m_error, snapshot);
    if (m_state == OutputState::Reconnecting && m_error.code != ErrorCode::None)
        state = tr("%1: %2").arg(state, ErrorText::brief(m_error));
    m_stateLabel->setText(state);
    m_stateLabel->setToolTip(m_error.code != ErrorCode::None ? ErrorText::friendly(m_error) : QString());
    setStyleProperty(m_stateLabel, "tone", DestinationStatus::tone(m_state));

    const bool running = isRunning(m_state);
    m_congestion->setCongestion(snapshot ? snapshot->congestion : 0, running && m_state == OutputState::Live);
    m_counters->setText(snapshot ? DestinationStatus::countersText(*snapshot)
                                 : (m_hasKey ? tr("Not sending") : tr("No stream key: edit to add one")));
    m_target->setVisible(snapshot && !snapshot->target.isEmpty());
    if (snapshot) {
        m_target->setText(snapshot->usingBackup ? tr("Backup: %1").arg(snapshot->target)
                                                : tr("Primary: %1").arg(snapshot->target));
        m_target->setToolTip(m_target->text());
    }

    const bool canStart = m_hasKey && m_startAllowed;
    m_start->setVisible(m_state == OutputState::Idle || m_state == OutputState::Stopped);
    m_start->setEnabled(canStart);
    m_retry->setVisible(m_state == OutputState::Failed);
    m_retry->setEnabled(canStart);
    m_stop->setVisible(running);
    m_reconnectNow->setVisible(m_state == OutputState::Reconnecting);
    const bool over = !running && m_state != OutputState::Stopping;
    m_edit->setEnabled(over);
    m_remove->setEnabled(over);
}

}  // namespace vida3::app
