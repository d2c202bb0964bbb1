// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/mixerchannel.h"

#include <QMenu>

#include <memory>

namespace vida3::app {

// A channel's settings menu (the strip's ⚙ button): its filters (noise suppression, noise
// gate, compressor, mono), balance, gain and sync offset. Writes the channel's controls at
// once (heard on the next frame) and says changed() so the panel remembers them.
class ChannelSettingsMenu : public QMenu
{
    Q_OBJECT

public:
    ChannelSettingsMenu(std::shared_ptr<studio::audio::ChannelControl> control, studio::audio::ChannelKind kind,
                        QWidget *parent = nullptr);

Q_SIGNALS:
    void changed();

private:
    void sync();  // ticks and labels from the controls
    void update(const std::function<void(studio::audio::FilterSettings &)> &edit);
    void askGain();
    void askOffset();

    std::shared_ptr<studio::audio::ChannelControl> m_control;
    studio::audio::ChannelKind m_kind;
    QAction *m_noise;
    QAction *m_gate;
    QAction *m_compressor;
    QAction *m_mono;
    QAction *m_gain;
    QAction *m_offset;
    QList<QAction *> m_balance;  // left, centre, right
};

}  // namespace vida3::app
