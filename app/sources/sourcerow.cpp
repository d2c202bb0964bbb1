// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sources/sourcerow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vida3::app {

SourceRow::SourceRow(const QString &id, const QString &title, bool media, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("source_") + id);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    label->setToolTip(id);
    layout->addWidget(label, 1);
    if (media) {
        m_pause = new QPushButton(tr("Pause"));
        m_pause->setObjectName(QStringLiteral("pause"));
        m_pause->setCheckable(true);
        m_pause->setAccessibleName(tr("Pause %1").arg(id));
        connect(m_pause, &QPushButton::toggled, this, [this, id](bool paused) {
            m_pause->setText(paused ? tr("Play") : tr("Pause"));
            Q_EMIT pauseToggled(id, paused);
        });
        auto *restart = new QPushButton(tr("Restart"));
        restart->setObjectName(QStringLiteral("restart"));
        restart->setAccessibleName(tr("Restart %1").arg(id));
        connect(restart, &QPushButton::clicked, this, [this, id] { Q_EMIT restartRequested(id); });
        layout->addWidget(m_pause);
        layout->addWidget(restart);
    }
    auto *remove = new QPushButton(QStringLiteral("✕"));
    remove->setObjectName(QStringLiteral("remove"));
    remove->setToolTip(tr("Take it off the scene"));
    remove->setAccessibleName(tr("Remove %1").arg(id));
    connect(remove, &QPushButton::clicked, this, [this, id] { Q_EMIT removeRequested(id); });
    layout->addWidget(remove);
}

}  // namespace vida3::app
