// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/mixer/channelsettingsmenu.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QPointer>

#include <cmath>

namespace vida3::app {

ChannelSettingsMenu::ChannelSettingsMenu(std::shared_ptr<studio::audio::ChannelControl> control,
                                         studio::audio::ChannelKind kind, QWidget *parent)
    : QMenu(parent), m_control(std::move(control)), m_kind(kind)
{
    setObjectName(QStringLiteral("channelSettings"));
    auto toggle = [this](const QString &text, const char *name, bool studio::audio::FilterSettings::*field) {
        QAction *action = addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, field](bool on) {
            update([&](studio::audio::FilterSettings &f) { f.*field = on; });
        });
        return action;
    };
    m_noise = toggle(tr("Noise suppression"), "noiseSuppression", &studio::audio::FilterSettings::noiseSuppression);
    m_gate = toggle(tr("Noise gate"), "noiseGate", &studio::audio::FilterSettings::gate);
    m_compressor = toggle(tr("Compressor"), "compressor", &studio::audio::FilterSettings::compressor);
    m_mono = toggle(tr("Mono"), "mono", &studio::audio::FilterSettings::mono);
    addSeparator();
    QMenu *balance = addMenu(tr("Balance"));
    auto *group = new QActionGroup(this);
    const std::pair<QString, double> positions[] = {{tr("Left"), -1.0}, {tr("Centre"), 0.0}, {tr("Right"), 1.0}};
    for (const auto &[text, value] : positions) {
        QAction *action = balance->addAction(text);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value = value] {
            update([&](studio::audio::FilterSettings &f) { f.balance = value; });
        });
        m_balance.append(action);
    }
    m_gain = addAction(QString());
    m_gain->setObjectName(QStringLiteral("gain"));
    connect(m_gain, &QAction::triggered, this, &ChannelSettingsMenu::askGain);
    m_offset = addAction(QString());
    m_offset->setObjectName(QStringLiteral("syncOffset"));
    connect(m_offset, &QAction::triggered, this, &ChannelSettingsMenu::askOffset);
    connect(this, &QMenu::aboutToShow, this, &ChannelSettingsMenu::sync);
    sync();
}

void ChannelSettingsMenu::sync()
{
    const studio::audio::FilterSettings f = m_control->filters.get();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_noise), QSignalBlocker(m_gate), QSignalBlocker(m_compressor),
                                       QSignalBlocker(m_mono)};
    m_noise->setChecked(f.noiseSuppression);
    m_gate->setChecked(f.gate);
    m_compressor->setChecked(f.compressor);
    m_mono->setChecked(f.mono);
    m_balance[f.balance < -0.5 ? 0 : f.balance > 0.5 ? 2 : 1]->setChecked(true);
    m_gain->setText(tr("Gain: %1 dB…").arg(f.gainDb, 0, 'f', 1));
    m_offset->setText(tr("Sync offset: %1 ms…").arg(m_control->syncOffsetMs.load()));
}

void ChannelSettingsMenu::update(const std::function<void(studio::audio::FilterSettings &)> &edit)
{
    studio::audio::FilterSettings f = m_control->filters.get();
    edit(f);
    m_control->filters.set(f);
    sync();
    Q_EMIT changed();
}

void ChannelSettingsMenu::askGain()
{
    bool ok = false;
    // The dialog runs its own event loop: the session (and this menu) may be rebuilt meanwhile.
    const QPointer<ChannelSettingsMenu> alive(this);
    const double db = QInputDialog::getDouble(parentWidget(), tr("Gain"), tr("Gain before the compressor (dB):"),
                                              m_control->filters.gainDb.load(), -30, 30, 1, &ok);
    if (ok && alive)
        update([&](studio::audio::FilterSettings &f) { f.gainDb = db; });
}

void ChannelSettingsMenu::askOffset()
{
    // A live source cannot be heard before it is captured; a media file can.
    const int minimum = m_kind == studio::audio::ChannelKind::Media ? studio::audio::kMinSyncOffsetMs : 0;
    bool ok = false;
    const QPointer<ChannelSettingsMenu> alive(this);
    const int ms = QInputDialog::getInt(parentWidget(), tr("Sync offset"),
                                        tr("Delay this channel by (ms; negative: earlier):"), m_control->syncOffsetMs.load(),
                                        minimum, studio::audio::kMaxSyncOffsetMs, 10, &ok);
    if (!ok || !alive)
        return;
    m_control->syncOffsetMs = ms;
    sync();
    Q_EMIT changed();
}

}  // namespace vida3::app
