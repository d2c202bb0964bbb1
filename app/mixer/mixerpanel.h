// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/audiolevels.h"
#include "studio/audio/capturechannels.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QSettings;
class QAction;
class QToolButton;
class QVBoxLayout;

namespace vida3::app {

class ChannelStrip;
class LevelMeterWidget;
class SessionController;

// The audio mixer: a strip per channel of the running session (fader, mute, meter), the
// programme's meter with its loudness (momentary, short-term, integrated LUFS against the
// target) and true peak, and buttons that add a microphone or desktop audio from the sound
// server's devices. Meters refresh at 30 Hz from a reader of their own on the session's levels
// board. Channels added here are remembered (uiSettings "audio/captures") and reopened at the
// next start; faders and mutes are remembered by channel name ("audio/mixer").
class MixerPanel : public QWidget
{
    Q_OBJECT

public:
    MixerPanel(SessionController &controller, QSettings &uiSettings, QWidget *parent = nullptr);

    // Opens the remembered channels; a device missing at start is reported and kept in the
    // setup (it is tried again with every new session and at the next start).
    void restore();
    // Adds a channel for the device (id or "default"); the message line says why not.
    bool addCapture(studio::audio::ChannelKind kind, const QString &device);
    void removeCapture(const QString &name);
    // Ctrl+Shift+M: mutes every microphone, or unmutes them all when all are muted.
    void toggleMicrophones();
    QAction *muteMicrophonesAction() const { return m_muteMicrophones; }
    QList<ChannelStrip *> strips() const { return m_strips; }
    QLabel *loudnessLabel() const { return m_loudness; }
    // Mutes the channel, or unmutes it when muted; false when there is no such channel.
    bool toggleMute(const QString &channel);

Q_SIGNALS:
    // The strips were made again (a channel added or removed, a new session).
    void channelsChanged();

private:
    void rebuild();
    void refresh();
    void fillDeviceMenu(studio::audio::ChannelKind kind, QToolButton *button);
    void remember();
    void showMessage(const QString &text);

    SessionController &m_controller;
    QSettings &m_settings;
    QVBoxLayout *m_stripLayout;
    QList<ChannelStrip *> m_strips;
    LevelMeterWidget *m_programme;
    QLabel *m_loudness;
    QLabel *m_message;
    QAction *m_muteMicrophones = nullptr;
    QToolButton *m_addMic;
    QToolButton *m_addDesktop;
    std::shared_ptr<studio::audio::AudioLevelsBoard> m_board;
    int m_reader = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
};

}  // namespace vida3::app
