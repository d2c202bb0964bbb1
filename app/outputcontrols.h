// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "encoder/expected.h"
#include "encoder/output.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace vida3::app {

class DestinationList;
class SessionController;

// The Go Live / Stop, Record / Stop recording and Pause / Resume buttons and the line that says what
// happened last (where a recording was saved, why a destination failed). Go Live starts every
// destination the list includes; Stop stops them all. Starting and stopping never wait: the
// buttons follow the states the session reports.
class OutputControls : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        QString recordingFolder;  // empty: the user's Movies folder
    };

    OutputControls(SessionController &controller, DestinationList &destinations, Options options,
                   QWidget *parent = nullptr);

    // Shows `text` on the message line; error tone in red.
    void showMessage(const QString &text, bool isError);

    // What the buttons do, for remote control and the schedule. Starting streams every included
    // destination; a refusal is shown on the message line and returned.
    Status startStreaming();
    void stopStreaming();
    Status startRecording();
    void stopRecording();
    // What the Go Live and Record buttons do: start when stopped, stop when running. Going live
    // passes the preflight first when one is set (the go-live checklist).
    void toggleStreaming();
    void toggleRecording();
    using Preflight = std::function<void(std::function<void()> proceed)>;
    void setPreflight(Preflight preflight) { m_preflight = std::move(preflight); }
    // Pauses or resumes the recording (the Pause button, shown while recording).
    Status setRecordingPaused(bool paused);
    // The file being (or last) recorded.
    QString recordingPath() const { return m_recordingPath; }
    // Where the next recordings go and in which format ("mkv" or "mp4"); empty folder: Movies.
    void setRecordingTarget(const QString &folder, const QString &format);
    QString recordingFolder() const { return m_recordingFolder; }

private:
    void onStreamState(encoder::OutputState state);
    void onDestinationState(const QString &name, encoder::OutputState state, const Error &error);
    void onRecordingState(encoder::OutputState state, const Error &error);
    void updateButtons();
    static void setActive(QPushButton *button, bool active);

    SessionController &m_controller;
    DestinationList &m_destinations;
    Preflight m_preflight;
    QString m_recordingFolder;
    QString m_recordingFormat = QStringLiteral("mkv");
    QPushButton *m_goLive = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_pause = nullptr;
    QLabel *m_message = nullptr;
    QString m_recordingPath;
    bool m_streamStopRequested = false;
    bool m_recordingStopRequested = false;
};

}  // namespace vida3::app
