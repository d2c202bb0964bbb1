// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QGroupBox>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace vida3::studio {
class SceneDocument;
class Scheduler;
struct ScheduleEntry;
}  // namespace vida3::studio

namespace vida3::app {

class OutputControls;

// "Schedule": going live and/or recording at set times, one-off or weekly, with the scene to
// put on air; the destinations are the ones ticked in the list. Entries are saved (Scheduler)
// and survive a restart; a start missed while the studio was closed is reported on the message
// line, never run late. A countdown names the next start or stop.
class SchedulePanel : public QGroupBox
{
    Q_OBJECT

public:
    SchedulePanel(studio::Scheduler &scheduler, studio::SceneDocument &document, OutputControls &outputs,
                  QWidget *parent = nullptr);

    // Loads the saved schedule (after the window's signals are connected).
    void load();
    QString countdownText() const;

private:
    void addEntry();
    void removeSelected();
    void refreshList();
    void updateCountdown();
    void onStart(const studio::ScheduleEntry &entry);
    void onStop(const studio::ScheduleEntry &entry);
    static QString describe(const studio::ScheduleEntry &entry);

    studio::Scheduler &m_scheduler;
    studio::SceneDocument &m_document;
    OutputControls &m_outputs;
    QListWidget *m_list = nullptr;
    QComboBox *m_output = nullptr;
    QComboBox *m_scene = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_hasStop = nullptr;
    QDateTimeEdit *m_stop = nullptr;
    QCheckBox *m_weekly = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_problem = nullptr;
    QTimer m_tick;
};

}  // namespace vida3::app
