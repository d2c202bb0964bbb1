// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/remote/schedulepanel.h"

#include "app/outputcontrols.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/schedule/scheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace vida3::app {

SchedulePanel::SchedulePanel(studio::Scheduler &scheduler, studio::SceneDocument &document, OutputControls &outputs,
                             QWidget *parent)
    : QGroupBox(tr("Schedule"), parent), m_scheduler(scheduler), m_document(document), m_outputs(outputs)
{
    setObjectName(QStringLiteral("schedule"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("scheduleList"));
    m_list->setAccessibleName(tr("Scheduled starts"));
    m_list->setMaximumHeight(90);
    m_output = new QComboBox;
    m_output->setObjectName(QStringLiteral("scheduleOutput"));
    m_output->addItem(tr("Go live"), static_cast<int>(studio::ScheduleEntry::Output::Stream));
    m_output->addItem(tr("Record"), static_cast<int>(studio::ScheduleEntry::Output::Record));
    m_output->addItem(tr("Go live and record"), static_cast<int>(studio::ScheduleEntry::Output::Both));
    m_scene = new QComboBox;
    m_scene->setObjectName(QStringLiteral("scheduleScene"));
    m_start = new QDateTimeEdit;
    m_start->setObjectName(QStringLiteral("scheduleStart"));
    m_start->setCalendarPopup(true);
    const QDateTime nextHour = QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0)).addSecs(3600);
    m_start->setDateTime(nextHour);
    m_hasStop = new QCheckBox(tr("Stop at"));
    m_hasStop->setObjectName(QStringLiteral("scheduleHasStop"));
    m_hasStop->setChecked(true);
    m_stop = new QDateTimeEdit;
    m_stop->setObjectName(QStringLiteral("scheduleStop"));
    m_stop->setCalendarPopup(true);
    m_stop->setDateTime(nextHour.addSecs(2 * 3600));
    m_stop->setAccessibleName(tr("Stop time"));
    m_weekly = new QCheckBox(tr("Every week"));
    m_weekly->setObjectName(QStringLiteral("scheduleWeekly"));
    m_add = new QPushButton(tr("Add to schedule"));
    m_add->setObjectName(QStringLiteral("scheduleAdd"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("scheduleRemove"));
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("scheduleCountdown"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("scheduleProblem"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_hasStop);
    stopRow->addWidget(m_stop, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("What"), m_output);
    form->addRow(tr("Scene"), m_scene);
    form->addRow(tr("Start"), m_start);
    form->addRow(QString(), stopRow);
    form->addRow(QString(), m_weekly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_countdown);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_hasStop, &QCheckBox::toggled, m_stop, &QWidget::setEnabled);
    connect(m_add, &QPushButton::clicked, this, &SchedulePanel::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &SchedulePanel::removeSelected);
    connect(&m_scheduler, &studio::Scheduler::changed, this, &SchedulePanel::refreshList);
    connect(&m_scheduler, &studio::Scheduler::startDue, this, &SchedulePanel::onStart);
    connect(&m_scheduler, &studio::Scheduler::stopDue, this, &SchedulePanel::onStop);
    connect(&m_scheduler, &studio::Scheduler::missed, this, [this](const studio::ScheduleEntry &entry, const QDateTime &was) {
        m_outputs.showMessage(tr("Missed a scheduled start (%1 at %2): VIDA³ Studio was not running, so nothing was "
                                 "started late.")
                                  .arg(describe(entry), QLocale().toString(was, QLocale::ShortFormat)),
                              true);
    });
    connect(&m_scheduler, &studio::Scheduler::saveFailed, this, [this](const QString &reason) {
        m_problem->setText(tr("The schedule could not be saved: %1").arg(reason));
        m_problem->setVisible(true);
    });
    const auto refreshScenes = [this] {
        const QString current = m_scene->currentData().toString();
        m_scene->clear();
        m_scene->addItem(tr("Keep the scene on air"), QString());
        for (const studio::CollectionScene &scene : m_document.collection().scenes)
            m_scene->addItem(scene.name, scene.name);
        m_scene->setCurrentIndex(std::max(0, m_scene->findData(current)));
    };
    refreshScenes();
    connect(&m_document, &studio::SceneDocument::changed, this, refreshScenes);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SchedulePanel::updateCountdown);
    m_tick.start();
}

void SchedulePanel::load()
{
    if (Status loaded = m_scheduler.load(); !loaded) {
        m_problem->setText(tr("The saved schedule could not be read: %1").arg(loaded.error().detail));
        m_problem->setVisible(true);
    }
    refreshList();
}

QString SchedulePanel::describe(const studio::ScheduleEntry &entry)
{
    QString what = entry.output == studio::ScheduleEntry::Output::Stream ? tr("Go live")
                   : entry.output == studio::ScheduleEntry::Output::Record ? tr("Record")
                                                                            : tr("Go live and record");
    QString text = tr("%1 %2").arg(what, QLocale().toString(entry.start, QLocale::ShortFormat));
    if (entry.stop.isValid())
        text += tr(" until %1").arg(QLocale().toString(entry.stop.time(), QLocale::ShortFormat));
    if (entry.weekly)
        text += tr(", every week");
    if (!entry.scene.isEmpty())
        text += tr(", scene \"%1\"").arg(entry.scene);
    return text;
}

void SchedulePanel::addEntry()
{
    studio::ScheduleEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.output = static_cast<studio::ScheduleEntry::Output>(m_output->currentData().toInt());
    entry.start = m_start->dateTime();
    if (m_hasStop->isChecked())
        entry.stop = m_stop->dateTime();
    entry.weekly = m_weekly->isChecked();
    entry.scene = m_scene->currentData().toString();
    const Status added = m_scheduler.add(entry);
    m_problem->setText(added ? QString() : added.error().detail.section(u':', 1).trimmed());
    m_problem->setVisible(!added);
}

void SchedulePanel::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item)
        (void)m_scheduler.remove(item->data(Qt::UserRole).toString());
}

void SchedulePanel::refreshList()
{
    m_list->clear();
    for (const studio::ScheduleEntry &entry : m_scheduler.entries()) {
        auto *item = new QListWidgetItem(describe(entry), m_list);
        item->setData(Qt::UserRole, entry.id);
    }
    m_remove->setEnabled(m_list->count() > 0);
    updateCountdown();
}

QString SchedulePanel::countdownText() const
{
    return m_countdown->text();
}

void SchedulePanel::updateCountdown()
{
    const std::optional<studio::Scheduler::Next> next = m_scheduler.next();
    if (!next) {
        m_countdown->setText(tr("Nothing scheduled."));
        return;
    }
    const qint64 seconds = std::max<qint64>(0, QDateTime::currentDateTime().secsTo(next->when));
    const QString in = QStringLiteral("%1:%2:%3")
                           .arg(seconds / 3600)
                           .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(next->start ? tr("Next start in %1").arg(in) : tr("Scheduled stop in %1").arg(in));
}

void SchedulePanel::onStart(const studio::ScheduleEntry &entry)
{
    if (!entry.scene.isEmpty()) {
        const qsizetype index = m_document.collection().indexOf(entry.scene);
        if (index >= 0)
            (void)studio::sceneedits::setProgram(m_document, m_document.collection().scenes[index].id, tr("Scheduled switch"));
    }
    if (entry.records())
        (void)m_outputs.startRecording();
    if (entry.streams())
        (void)m_outputs.startStreaming();
}

void SchedulePanel::onStop(const studio::ScheduleEntry &entry)
{
    if (entry.streams())
        m_outputs.stopStreaming();
    if (entry.records())
        m_outputs.stopRecording();
}

}  // namespace vida3::app
