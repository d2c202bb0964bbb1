// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/audiolevels.h"
#include "studio/audio/mixerchannel.h"

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace vida3::app {

class ChannelSettingsMenu;
class LevelMeterWidget;

// One mixer channel: its name and state, a fader (−inf, −60 … +20 dB), mute, and its meter.
// Writes the channel's controls directly (they are thread-safe), so a move is heard at once.
class ChannelStrip : public QWidget
{
    Q_OBJECT

public:
    ChannelStrip(const studio::audio::MixerChannel &channel, bool removable, QWidget *parent = nullptr);

    void showLevels(const studio::audio::ChannelLevels &levels, double dtS);
    QSlider *fader() const { return m_fader; }
    QToolButton *muteButton() const { return m_mute; }
    LevelMeterWidget *meter() const { return m_meter; }

    ChannelSettingsMenu *settingsMenu() const { return m_settingsMenu; }

Q_SIGNALS:
    void removeRequested(QString name);
    // A filter, the balance or the sync offset changed (already in effect).
    void settingsChanged();

private:
    void showFader(double db);

    QString m_name;
    std::shared_ptr<studio::audio::ChannelControl> m_control;
    QLabel *m_title;
    QLabel *m_value;
    QSlider *m_fader;
    QToolButton *m_mute;
    LevelMeterWidget *m_meter;
    QToolButton *m_settingsButton;
    ChannelSettingsMenu *m_settingsMenu;
};

}  // namespace vida3::app
