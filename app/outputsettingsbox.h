// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/reconnectpolicy.h"
#include "encoder/videoencoderkind.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSettings;
class QSpinBox;

namespace vida3::app {

// The "Output" settings: the video encoder (x264 by default, or a hardware one, or automatic),
// x264's speed preset (auto by default), adaptive bitrate (on by
// default) and how dropped connections are retried (first delay, longest delay, attempts). Kept in the window's QSettings; changed()
// asks for the session to be recreated, which happens when nothing is live or recording.
class OutputSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OutputSettingsBox(QSettings &settings, QWidget *parent = nullptr);

    QString x264Preset() const;
    // Chooses x264's speed ("auto" or a preset name), as the combo does; unknown names are ignored.
    void setX264Preset(const QString &preset);
    encoder::VideoEncoderKind encoderKind() const;
    bool adaptiveBitrate() const;
    encoder::ReconnectPolicy reconnectPolicy() const;

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings &m_settings;
    QComboBox *m_encoder = nullptr;
    QComboBox *m_x264Preset = nullptr;
    QCheckBox *m_adaptive = nullptr;
    QDoubleSpinBox *m_firstDelay = nullptr;
    QSpinBox *m_maxDelay = nullptr;
    QSpinBox *m_attempts = nullptr;
};

}  // namespace vida3::app
