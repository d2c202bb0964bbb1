// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "encoder/output.h"

#include <QWidget>

class QLabel;

namespace vida3::studio {
struct SessionStats;
}

namespace vida3::app {

// One line at the bottom of the window: the stream's state (with the reason when it failed),
// whether it records, the live bitrate, the render rate, the frames lost on the way (each kind
// named plainly) and the frames each output wrote, which after a stop is what the file holds.
class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void setStreamState(encoder::OutputState state, const Error &error = {});
    void setRecording(bool recording);
    void showStats(const studio::SessionStats &stats);

    QString stateText() const;
    QString framesLostText() const;
    QString outputFramesText() const;

private:
    QLabel *m_state = nullptr;
    QLabel *m_recording = nullptr;
    QLabel *m_bitrate = nullptr;
    QLabel *m_fps = nullptr;
    QLabel *m_framesLost = nullptr;
    QLabel *m_outputFrames = nullptr;  // what each output holds, so the numbers add up to the file
};

}  // namespace vida3::app
