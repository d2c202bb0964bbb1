// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/output.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QMenu;
class QSettings;
class QWidget;

namespace vida3 {
class SecretRedactor;
}
namespace vida3::studio {
struct SessionStats;
}

namespace vida3::app {

class DesktopNotifier;
class SessionController;

// Desktop alerts for what needs the creator's eyes while they look at something else: a
// destination fails, starts reconnecting or is live again; the recording stops on its own; the
// disk is nearly full while recording. Each kind can be switched off (View > Alerts), saved in
// the settings ("alerts/<kind>", on by default). Texts are redacted: no key reaches the desktop.
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    enum class Kind { DestinationFailed, Reconnecting, Back, RecordingStopped, DiskNearlyFull };
    static constexpr qint64 kDiskWarnBytes = qint64(2) << 30;  // below 2 GiB free…
    static constexpr int kDiskWarnMinutes = 15;                 // …or under 15 min at this rate

    AlertCenter(SessionController &controller, QSettings &settings, DesktopNotifier &notifier,
                const SecretRedactor &redactor, QObject *parent = nullptr);

    void setRecordingFolder(const QString &folder) { m_folder = folder; }
    bool isEnabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);
    // View > Alerts: one checkable entry per kind.
    QMenu *menu(QWidget *parent);
    // The free space check, also run every 10 s while recording.
    void checkDisk();

Q_SIGNALS:
    void alerted(vida3::app::AlertCenter::Kind kind, const QString &title, const QString &body);

private:
    void onDestination(const QString &name, encoder::OutputState state, const Error &error);
    void onRecording(encoder::OutputState state, const Error &error);
    void raise(Kind kind, const QString &title, const QString &body);
    static QString settingKey(Kind kind);

    SessionController &m_controller;
    QSettings &m_settings;
    DesktopNotifier &m_notifier;
    const SecretRedactor &m_redactor;
    QHash<QString, encoder::OutputState> m_states;
    QString m_folder;
    QTimer m_diskTimer;
    double m_recordingKbps = 0;
    bool m_diskWarned = false;
};

}  // namespace vida3::app
