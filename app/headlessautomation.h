// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"
#include "studio/scene/scenecollection.h"
#include "studio/session/streamsession.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace vida3 {
class SecretRedactor;
}
namespace vida3::studio::remote {
class RemoteServer;
class SessionRemote;
}  // namespace vida3::studio::remote

namespace vida3::app {

// What drives a run without a window besides its command line: remote control (an
// obs-websocket server over the run's session) and the clock (--start-at, --stop-at).
// Thread-affine QObject, owned by the HeadlessRunner.
class HeadlessAutomation : public QObject
{
    Q_OBJECT

public:
    // Reads the remote-control password (VIDA3_REMOTE_PASSWORD) when --remote-control is given;
    // it joins the redactor's secrets. InvalidArgument when it is missing.
    static Expected<std::unique_ptr<HeadlessAutomation>> create(const StudioOptions &options, SecretRedactor &redactor);
    ~HeadlessAutomation() override;

    // The outputs wait for a remote start or --start-at.
    bool outputsWait() const { return m_options.standby || m_options.startAt.isValid(); }
    // A remote-controlled run outlives a failed output: the controller decides what comes next.
    bool remoteControlled() const { return m_options.remotePort.has_value(); }
    // Starts the server and the timers. startOutputs starts the command line's outputs;
    // stopRun ends the run.
    Status start(studio::StreamSession &session, const studio::SceneCollection &collection,
                 const QList<studio::StreamDestination> &destinations, std::function<void()> startOutputs,
                 std::function<void()> stopRun);
    // ExitStarted to every client; the server closes.
    void announceExit();

private:
    HeadlessAutomation(StudioOptions options, QString password);
    // Fires at when (QTimer's interval is an int: long waits are re-armed hourly).
    void armAt(QTimer &timer, const QDateTime &when);

    StudioOptions m_options;
    QString m_password;
    std::unique_ptr<studio::remote::SessionRemote> m_studio;
    std::unique_ptr<studio::remote::RemoteServer> m_server;
    QTimer m_startTimer;
    QTimer m_stopTimer;
};

}  // namespace vida3::app
