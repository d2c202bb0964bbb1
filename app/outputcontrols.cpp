// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/outputcontrols.h"

#include "app/destinationlist.h"
#include "app/errortext.h"
#include "app/outputstate.h"
#include "app/recordingpath.h"
#include "app/sessioncontroller.h"
#include "app/styleproperty.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vida3::app {

using encoder::OutputState;

namespace {
bool isOver(OutputState state)
{
    return state == OutputState::Idle || state == OutputState::Stopped || state == OutputState::Failed;
}
}  // namespace

OutputControls::OutputControls(SessionController &controller, DestinationList &destinations, Options options,
                               QWidget *parent)
    : QWidget(parent), m_controller(controller), m_destinations(destinations), m_recordingFolder(std::move(options.recordingFolder))
{
    m_goLive = new QPushButton;
    m_goLive->setObjectName(QStringLiteral("goLiveButton"));
    m_record = new QPushButton;
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_pause = new QPushButton;
    m_pause->setObjectName(QStringLiteral("pauseRecordingButton"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Nothing is recorded while paused; the file goes on without a gap when you resume. "
                           "The stream is not affected."));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("outputMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goLive, 3);
    buttons->addWidget(m_record, 2);
    buttons->addWidget(m_pause, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_goLive, &QPushButton::clicked, this, &OutputControls::toggleStreaming);
    connect(m_record, &QPushButton::clicked, this, &OutputControls::toggleRecording);
    connect(m_pause, &QPushButton::clicked, this, [this](bool paused) { (void)setRecordingPaused(paused); });
    connect(&m_controller, &SessionController::recordingPausedChanged, this, &OutputControls::updateButtons);
    connect(&m_destinations, &DestinationList::readinessChanged, this, &OutputControls::updateButtons);
    connect(&m_destinations, &DestinationList::problem, this, [this](const QString &text) { showMessage(text, true); });
    connect(&m_controller, &SessionController::streamStateChanged, this, &OutputControls::onStreamState);
    connect(&m_controller, &SessionController::destinationStateChanged, this, &OutputControls::onDestinationState);
    connect(&m_controller, &SessionController::recordingStateChanged, this, &OutputControls::onRecordingState);
    connect(&m_controller, &SessionController::encoderFailed, this, [this](const Error &error) {
        showMessage(ErrorText::friendly(error), true);
        m_controller.stopAll();
    });
    // Not an error: the show goes on, with another encoder than the one chosen.
    connect(&m_controller, &SessionController::encoderNotice, this,
            [this](const QString &notice) { showMessage(notice, false); });
    updateButtons();
}

void OutputControls::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    setStyleProperty(m_message, "role", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->setVisible(!text.isEmpty());
}

void OutputControls::toggleStreaming()
{
    if (isRunning(m_controller.streamState()))
        stopStreaming();
    else if (m_preflight)
        m_preflight([this] { (void)startStreaming(); });
    else
        (void)startStreaming();
}

void OutputControls::toggleRecording()
{
    if (isRunning(m_controller.recordingState()))
        stopRecording();
    else
        (void)startRecording();
}

Status OutputControls::startStreaming()
{
    if (isRunning(m_controller.streamState()))
        return Status::ok();
    if (!m_destinations.canGoLive())
        return Error{ErrorCode::InvalidDestination, tr("No destination is ready to go live.")};
    // Every included destination is tried; one refusing to start does not hold back the others.
    Status started = m_destinations.startIncluded();
    if (!started)
        showMessage(ErrorText::friendly(started.error()), true);
    else
        showMessage({}, false);
    updateButtons();
    return started;
}

void OutputControls::stopStreaming()
{
    if (!isRunning(m_controller.streamState()))
        return;
    m_streamStopRequested = true;
    m_controller.stopLive();
    updateButtons();
}

void OutputControls::setRecordingTarget(const QString &folder, const QString &format)
{
    m_recordingFolder = folder;
    m_recordingFormat = format;
}

Status OutputControls::startRecording()
{
    if (isRunning(m_controller.recordingState()))
        return Status::ok();
    Expected<QString> path = newRecordingPath(m_recordingFolder, QDateTime::currentDateTime(), m_recordingFormat);
    if (!path) {
        showMessage(ErrorText::friendly(path.error()), true);
        return path.error();
    }
    if (Status started = m_controller.startRecording(path.value()); !started) {
        showMessage(ErrorText::friendly(started.error()), true);
        return started;
    }
    m_recordingPath = path.value();
    showMessage(tr("Recording to %1").arg(QDir::toNativeSeparators(m_recordingPath)), false);
    updateButtons();
    return Status::ok();
}

void OutputControls::stopRecording()
{
    if (!isRunning(m_controller.recordingState()))
        return;
    m_recordingStopRequested = true;
    m_controller.stopRecording();
    updateButtons();
}

Status OutputControls::setRecordingPaused(bool paused)
{
    if (!isRunning(m_controller.recordingState()) || m_recordingStopRequested) {
        updateButtons();
        return Error{ErrorCode::InvalidArgument, tr("Nothing is being recorded.")};
    }
    Status changed = m_controller.setRecordingPaused(paused);
    if (!changed)
        showMessage(ErrorText::friendly(changed.error()), true);
    else
        showMessage(paused ? tr("Recording paused") : tr("Recording to %1").arg(QDir::toNativeSeparators(m_recordingPath)),
                    false);
    updateButtons();
    return changed;
}

void OutputControls::onStreamState(OutputState state)
{
    if (isOver(state))
        m_streamStopRequested = false;
    updateButtons();
}

void OutputControls::onDestinationState(const QString &name, OutputState state, const Error &error)
{
    if (state == OutputState::Failed)
        showMessage(tr("%1: %2").arg(name, ErrorText::friendly(error)), true);
}

void OutputControls::onRecordingState(OutputState state, const Error &error)
{
    if (isOver(state))
        m_recordingStopRequested = false;
    if (state == OutputState::Failed)
        showMessage(ErrorText::friendly(error), true);
    else if (state == OutputState::Stopped && !m_recordingPath.isEmpty())
        showMessage(tr("Recording saved: %1").arg(QDir::toNativeSeparators(m_recordingPath)), false);
    updateButtons();
}

void OutputControls::setActive(QPushButton *button, bool active)
{
    if (button->property("active").toBool() == active)
        return;
    setStyleProperty(button, "active", active);
}

void OutputControls::updateButtons()
{
    const OutputState stream = m_controller.streamState();
    const bool streamStopping = !isOver(stream) && (m_streamStopRequested || stream == OutputState::Stopping);
    const bool streamRunning = isRunning(stream) && !streamStopping;
    if (streamStopping)
        m_goLive->setText(tr("Stopping…"));
    else
        m_goLive->setText(streamRunning ? tr("Stop streaming") : tr("Go Live"));
    m_goLive->setEnabled(streamRunning || (!streamStopping && m_destinations.canGoLive()));
    setActive(m_goLive, streamRunning);

    const OutputState recording = m_controller.recordingState();
    const bool recordingStopping = !isOver(recording)
        && (m_recordingStopRequested || recording == OutputState::Stopping);
    const bool recordingRunning = isRunning(recording) && !recordingStopping;
    if (recordingStopping)
        m_record->setText(tr("Finishing…"));
    else
        m_record->setText(recordingRunning ? tr("Stop recording") : tr("Record"));
    m_record->setEnabled(!recordingStopping);
    setActive(m_record, recordingRunning);
    const bool paused = recordingRunning && m_controller.isRecordingPaused();
    m_pause->setVisible(recordingRunning);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume recording") : tr("Pause recording"));
}

}  // namespace vida3::app
