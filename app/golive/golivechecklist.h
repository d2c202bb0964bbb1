// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/golive/preflight.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QPushButton;

namespace vida3::studio {
class EncodeMeasurer;
}

namespace vida3::app {

class DestinationList;
class SessionController;

// Before the first Go Live of a session: destinations valid with their keys, the microphone not
// muted, room on the recording disk, and the encoder tried on this machine for a few seconds with
// the settings in use. "Go live" is offered at once (a warning informs, it does not block); only a
// problem that would stop going live anyway (no destination with a key) disables it. Once passed,
// later Go Lives of this session start at once, as the issue asks.
class GoLiveChecklist : public QDialog
{
    Q_OBJECT

public:
    GoLiveChecklist(DestinationList &destinations, SessionController &controller, std::function<QString()> recordingFolder,
                    QWidget *parent = nullptr);
    ~GoLiveChecklist() override;

    // OutputControls' preflight: opens the checklist the first time, runs `proceed` on Go live.
    void run(std::function<void()> proceed);
    bool passed() const { return m_passed; }
    void setMeasureSeconds(double seconds) { m_measureSeconds = seconds; }
    PreflightItem item(const QString &id) const { return m_items.value(id); }
    QPushButton *goLiveButton() const { return m_goLive; }

Q_SIGNALS:
    void allChecked();  // the encoder's measurement is in as well

private:
    void check();
    void show(const PreflightItem &item);

    DestinationList &m_destinations;
    SessionController &m_controller;
    std::function<QString()> m_recordingFolder;
    std::function<void()> m_proceed;
    studio::EncodeMeasurer *m_measurer = nullptr;
    QHash<QString, PreflightItem> m_items;
    QHash<QString, QLabel *> m_rows;
    QPushButton *m_goLive = nullptr;
    double m_measureSeconds = 3.0;
    bool m_passed = false;
};

}  // namespace vida3::app
