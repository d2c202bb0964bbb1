// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"
#include "studio/session/streamsession.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace vida3 {
class SecretRedactor;
}
namespace vida3::studio {
class SecretStore;
}

namespace vida3::app {

// The studio without a window: validates the options, renders, records and streams until
// --duration ends or SIGINT/SIGTERM, writes --stats lines, then stops cleanly.
// finished() carries the exit code: 0 clean stop, 2 bad input, 3 an output failed.
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    HeadlessRunner(StudioOptions options, SecretRedactor &redactor, studio::SecretStore &secrets,
                   QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Starts asynchronously; bad input ends in finished(2) with the problem printed.
    void start();
    void requestStop();

Q_SIGNALS:
    void finished(int exitCode);

private:
    Status prepare();
    void fetchDestinationKey();
    void beginSession();
    void failInput(const Error &error);
    void onOutputState(const QString &name, encoder::OutputState state, const Error &error);
    void onStats(const studio::SessionStats &stats);
    void onAllStopped();

    StudioOptions m_options;
    SecretRedactor &m_redactor;
    studio::SecretStore &m_secrets;
    studio::StreamSession::Settings m_settings;
    studio::StreamDestination m_destination;
    std::unique_ptr<studio::StreamSession> m_session;
    QFile m_statsFile;
    QTimer m_durationTimer;
    int m_exitCode = 0;
    bool m_stopping = false;
};

}  // namespace vida3::app
