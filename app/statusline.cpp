// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/statusline.h"

#include "app/errortext.h"
#include "app/styleproperty.h"
#include "studio/session/sessionstats.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QStyle>
#include <algorithm>

namespace vida3::app {

namespace {
QLabel *segment(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The style sheet colours the state by this property.
void setTone(QLabel *label, const QString &tone)
{
    setStyleProperty(label, "tone", tone);
}
}  // namespace

StatusLine::StatusLine(QWidget *parent) : QWidget(parent)
{
    m_state = segment(QStringLiteral("statusState"));
    m_recording = segment(QStringLiteral("statusRecording"));
    m_bitrate = segment(QStringLiteral("statusBitrate"));
    m_fps = segment(QStringLiteral("statusFps"));
    m_framesLost = segment(QStringLiteral("statusFramesLost"));
    m_outputFrames = segment(QStringLiteral("statusOutputFrames"));
    m_outputFrames->setVisible(false);
    m_recording->setText(tr("● Recording"));
    m_recording->setVisible(false);
    setTone(m_recording, QStringLiteral("recording"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(18);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_recording);
    layout->addWidget(m_bitrate);
    layout->addWidget(m_fps);
    layout->addWidget(m_framesLost);
    layout->addWidget(m_outputFrames);

    setStreamState(encoder::OutputState::Idle);
    m_bitrate->setText(tr("Bitrate: —"));
    m_fps->setText(tr("Rendering: — fps"));
    m_framesLost->setText(tr("Frames lost: missed (rendering) 0 · skipped (encoding) 0 · dropped (network) 0"));
}

void StatusLine::setStreamState(encoder::OutputState state, const Error &error)
{
    using encoder::OutputState;
    QString text;
    QString tone = QStringLiteral("idle");
    switch (state) {
    case OutputState::Idle:
    case OutputState::Stopped:
        text = tr("Idle");
        break;
    case OutputState::Connecting:
        text = tr("Connecting…");
        tone = QStringLiteral("busy");
        break;
    case OutputState::Live:
        text = tr("● Live");
        tone = QStringLiteral("live");
        break;
    case OutputState::Reconnecting:
        text = tr("Reconnecting…");
        tone = QStringLiteral("busy");
        break;
    case OutputState::Stopping:
        text = tr("Stopping…");
        tone = QStringLiteral("busy");
        break;
    case OutputState::Failed:
        text = tr("Failed: %1").arg(ErrorText::brief(error));
        tone = QStringLiteral("failed");
        break;
    }
    m_state->setText(text);
    m_state->setToolTip(state == OutputState::Failed ? ErrorText::friendly(error) : QString());
    setTone(m_state, tone);
}

void StatusLine::setRecording(bool recording)
{
    m_recording->setVisible(recording);
}

void StatusLine::showStats(const studio::SessionStats &stats)
{
    double streamKbps = -1;
    double recordingKbps = -1;
    int64_t dropped = 0;
    QStringList written;
    for (const studio::OutputSnapshot &o : stats.outputs) {
        written.append(tr("%1 %2").arg(o.name).arg(o.videoFrames));
        const bool running = o.state == encoder::OutputState::Live || o.state == encoder::OutputState::Connecting
            || o.state == encoder::OutputState::Reconnecting;
        if (o.name == u"recording") {
            if (running)
                recordingKbps = o.kbps;
        } else {
            // Every destination carries the same encode: the total is what leaves the machine.
            dropped += o.droppedNetwork;
            if (running)
                streamKbps = std::max(0.0, streamKbps) + o.kbps;
        }
    }
    if (streamKbps >= 0)
        m_bitrate->setText(tr("Bitrate: %1 kbps").arg(qRound(streamKbps)));
    else if (recordingKbps >= 0)
        m_bitrate->setText(tr("Recording: %1 kbps").arg(qRound(recordingKbps)));
    else
        m_bitrate->setText(tr("Bitrate: —"));
    m_fps->setText(tr("Rendering: %1 fps").arg(stats.fps, 0, 'f', 1));
    m_framesLost->setText(tr("Frames lost: missed (rendering) %1 · skipped (encoding) %2 · dropped (network) %3")
                              .arg(stats.frames.missedRender)
                              .arg(stats.frames.skippedEncode)
                              .arg(dropped));
    m_outputFrames->setVisible(stats.encoded > 0);
    m_outputFrames->setText(tr("Frames encoded %1 · %2").arg(stats.encoded).arg(written.join(QStringLiteral(" · "))));
    m_outputFrames->setToolTip(tr("Frames written by each output. After a stop, the recording's count is "
                                  "the number of frames in the file."));
}

QString StatusLine::stateText() const
{
    return m_state->text();
}

QString StatusLine::framesLostText() const
{
    return m_framesLost->text();
}

QString StatusLine::outputFramesText() const
{
    return m_outputFrames->text();
}

}  // namespace vida3::app
