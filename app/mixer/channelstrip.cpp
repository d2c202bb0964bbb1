// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/mixer/channelstrip.h"

#include "app/mixer/channelsettingsmenu.h"
#include "app/mixer/levelmeterwidget.h"
#include "studio/audio/decibels.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace vida3::app {

namespace {
// The slider counts tenths of a dB; its bottom stop is −inf.
constexpr int kBottom = -600;
constexpr int kTop = 200;

QString kindLabel(studio::audio::ChannelKind kind)
{
    switch (kind) {
    case studio::audio::ChannelKind::Microphone: return ChannelStrip::tr("Microphone");
    case studio::audio::ChannelKind::Desktop: return ChannelStrip::tr("Desktop audio");
    case studio::audio::ChannelKind::Media: return ChannelStrip::tr("Media");
    case studio::audio::ChannelKind::Browser: return ChannelStrip::tr("Browser sources");
    case studio::audio::ChannelKind::Tone: return ChannelStrip::tr("VIDA³ tone");
    }
    return {};
}
}  // namespace

ChannelStrip::ChannelStrip(const studio::audio::MixerChannel &channel, bool removable, QWidget *parent)
    : QWidget(parent), m_name(channel.name), m_control(channel.control)
{
    setObjectName(QStringLiteral("channel_") + channel.name);
    m_title = new QLabel(QStringLiteral("%1 · %2").arg(channel.name, kindLabel(channel.kind)));
    m_value = new QLabel;
    m_value->setMinimumWidth(60);
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_fader = new QSlider(Qt::Horizontal);
    m_fader->setObjectName(QStringLiteral("fader"));
    m_fader->setRange(kBottom, kTop);
    m_fader->setSingleStep(5);
    m_fader->setPageStep(30);
    m_fader->setAccessibleName(tr("%1 volume").arg(channel.name));
    m_mute = new QToolButton;
    m_mute->setObjectName(QStringLiteral("mute"));
    m_mute->setCheckable(true);
    m_mute->setText(tr("Mute"));
    m_mute->setAccessibleName(tr("Mute %1").arg(channel.name));
    m_mute->setChecked(channel.control->muted.load());
    m_settingsButton = new QToolButton;
    m_settingsButton->setObjectName(QStringLiteral("settings"));
    m_settingsButton->setText(QStringLiteral("⚙"));
    m_settingsButton->setToolTip(tr("Filters, balance, sync offset"));
    m_settingsButton->setAccessibleName(tr("Settings of %1").arg(channel.name));
    m_settingsMenu = new ChannelSettingsMenu(channel.control, channel.kind, this);
    m_settingsButton->setMenu(m_settingsMenu);
    m_settingsButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_settingsMenu, &ChannelSettingsMenu::changed, this, &ChannelStrip::settingsChanged);
    m_meter = new LevelMeterWidget;
    m_meter->setAccessibleName(tr("%1 level").arg(channel.name));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_value, 0, 2);
    grid->addWidget(m_mute, 0, 3);
    grid->addWidget(m_fader, 1, 0, 1, 3);
    grid->addWidget(m_meter, 2, 0, 1, 3);
    grid->addWidget(m_settingsButton, 2, 3);
    if (removable) {
        auto *remove = new QToolButton;
        remove->setObjectName(QStringLiteral("remove"));
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this channel"));
        remove->setAccessibleName(tr("Remove %1").arg(channel.name));
        grid->addWidget(remove, 1, 3);
        connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_name); });
    }

    const double db = channel.control->faderDb.load();
    m_fader->setValue(db <= studio::audio::kSilenceDb ? kBottom : static_cast<int>(std::lround(db * 10)));
    showFader(db);
    connect(m_fader, &QSlider::valueChanged, this, [this](int value) {
        const double faderDb = value <= kBottom ? studio::audio::kSilenceDb : value / 10.0;
        m_control->faderDb = faderDb;
        showFader(faderDb);
    });
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) { m_control->muted = muted; });
}

void ChannelStrip::showFader(double db)
{
    m_value->setText(db <= studio::audio::kSilenceDb ? tr("−inf dB") : tr("%1 dB").arg(db, 0, 'f', 1));
}

void ChannelStrip::showLevels(const studio::audio::ChannelLevels &levels, double dtS)
{
    m_meter->setReading(levels.peakDbfs, levels.rmsDbfs, dtS, levels.muted);
    QString state;
    if (levels.state != u"live")
        state = levels.state == u"disconnected" ? tr(" — disconnected") : tr(" — connecting");
    else if (levels.warning == u"muted_with_signal")
        state = tr(" — you are muted");
    else if (levels.warning == u"no_signal")
        state = tr(" — no signal");
    const QString base = m_title->text().section(QStringLiteral(" — "), 0, 0);
    if (m_title->text() != base + state)
        m_title->setText(base + state);
}

}  // namespace vida3::app
