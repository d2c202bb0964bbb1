// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/alerts/alertcenter.h"

#include "app/alerts/desktopnotifier.h"
#include "app/errortext.h"
#include "app/outputstate.h"
#include "app/sessioncontroller.h"
#include "encoder/secretredactor.h"
#include "studio/session/sessionstats.h"
#include "studio/session/streamsession.h"

#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStorageInfo>
#include <climits>

namespace vida3::app {

namespace {
using encoder::OutputState;
constexpr int kDiskCheckMs = 10000;

}  // namespace

AlertCenter::AlertCenter(SessionController &controller, QSettings &settings, DesktopNotifier &notifier,
                         const SecretRedactor &redactor, QObject *parent)
    : QObject(parent), m_controller(controller), m_settings(settings), m_notifier(notifier), m_redactor(redactor)
{
    connect(&controller, &SessionController::destinationStateChanged, this, &AlertCenter::onDestination);
    connect(&controller, &SessionController::recordingStateChanged, this, &AlertCenter::onRecording);
    connect(&controller, &SessionController::statsUpdated, this, [this](const studio::SessionStats &stats) {
        for (const studio::OutputSnapshot &o : stats.outputs) {
            if (o.name == studio::StreamSession::recordingOutputName())
                m_recordingKbps = o.kbps;
        }
    });
    m_diskTimer.setInterval(kDiskCheckMs);
    connect(&m_diskTimer, &QTimer::timeout, this, &AlertCenter::checkDisk);
}

QString AlertCenter::settingKey(Kind kind)
{
    switch (kind) {
    case Kind::DestinationFailed: return QStringLiteral("alerts/destinationFailed");
    case Kind::Reconnecting: return QStringLiteral("alerts/reconnecting");
    case Kind::Back: return QStringLiteral("alerts/back");
    case Kind::RecordingStopped: return QStringLiteral("alerts/recordingStopped");
    case Kind::DiskNearlyFull: return QStringLiteral("alerts/diskNearlyFull");
    }
    return {};
}

bool AlertCenter::isEnabled(Kind kind) const
{
    return m_settings.value(settingKey(kind), true).toBool();
}

void AlertCenter::setEnabled(Kind kind, bool enabled)
{
    m_settings.setValue(settingKey(kind), enabled);
}

QMenu *AlertCenter::menu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Alerts"), parent);
    menu->setObjectName(QStringLiteral("alertsMenu"));
    const QList<QPair<Kind, QString>> kinds{{Kind::DestinationFailed, tr("A destination fails")},
                                            {Kind::Reconnecting, tr("A destination starts reconnecting")},
                                            {Kind::Back, tr("A destination is live again")},
                                            {Kind::RecordingStopped, tr("The recording stops on its own")},
                                            {Kind::DiskNearlyFull, tr("The disk is nearly full")}};
    for (const auto &[kind, label] : kinds) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(isEnabled(kind));
        connect(action, &QAction::toggled, this, [this, which = kind](bool on) { setEnabled(which, on); });
    }
    return menu;
}

void AlertCenter::raise(Kind kind, const QString &title, const QString &body)
{
    if (!isEnabled(kind))
        return;
    const QString safeTitle = m_redactor.redact(title);
    const QString safeBody = m_redactor.redact(body);
    m_notifier.notify(safeTitle, safeBody, kind == Kind::DestinationFailed || kind == Kind::RecordingStopped
                                               || kind == Kind::DiskNearlyFull);
    Q_EMIT alerted(kind, safeTitle, safeBody);
}

void AlertCenter::onDestination(const QString &name, OutputState state, const Error &error)
{
    const OutputState before = m_states.value(name, OutputState::Idle);
    m_states.insert(name, state);
    if (state == OutputState::Failed && before != OutputState::Failed)
        raise(Kind::DestinationFailed, tr("“%1” failed").arg(name), ErrorText::friendly(error));
    else if (state == OutputState::Reconnecting && before == OutputState::Live)
        raise(Kind::Reconnecting, tr("“%1” is reconnecting").arg(name),
              error.code == ErrorCode::None ? tr("The connection dropped.") : ErrorText::friendly(error));
    else if (state == OutputState::Live && before == OutputState::Reconnecting)
        raise(Kind::Back, tr("“%1” is live again").arg(name), tr("The stream reached the server again."));
}

void AlertCenter::onRecording(OutputState state, const Error &error)
{
    if (state == OutputState::Failed)
        raise(Kind::RecordingStopped, tr("The recording stopped"), ErrorText::friendly(error));
    if (isRunning(state) && !m_diskTimer.isActive()) {
        m_diskWarned = false;
        m_diskTimer.start();
        checkDisk();
    } else if (!isRunning(state)) {
        m_diskTimer.stop();
    }
}

void AlertCenter::checkDisk()
{
    if (m_diskWarned || m_folder.isEmpty())
        return;
    const QStorageInfo disk(m_folder);
    if (!disk.isValid())
        return;
    const qint64 free = disk.bytesAvailable();
    const double bytesPerMinute = m_recordingKbps * 1000.0 / 8.0 * 60.0;
    const int minutes = bytesPerMinute > 0 ? static_cast<int>(free / bytesPerMinute) : INT_MAX;
    if (free >= kDiskWarnBytes && minutes >= kDiskWarnMinutes)
        return;
    m_diskWarned = true;
    const QString left = QLocale().formattedDataSize(free);
    raise(Kind::DiskNearlyFull, tr("The disk is nearly full"),
          minutes == INT_MAX ? tr("%1 left for the recording.").arg(left)
                             : tr("%1 left: the recording fills it in about %n minute(s).", nullptr, minutes).arg(left));
}

}  // namespace vida3::app
