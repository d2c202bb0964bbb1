// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/mixer/mixerpanel.h"

#include "app/audiooptions.h"
#include "app/errortext.h"
#include "app/mixer/channelstrip.h"
#include "app/mixer/levelmeterwidget.h"
#include "app/sessioncontroller.h"
#include "studio/audio/decibels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
using studio::audio::ChannelKind;

constexpr int kRefreshMs = 33;
const QString kCapturesKey = QStringLiteral("audio/captures");
const QString kMixerKey = QStringLiteral("audio/mixer");
const QString kFiltersKey = QStringLiteral("audio/filters");

QString kindKey(ChannelKind kind)
{
    return kind == ChannelKind::Desktop ? QStringLiteral("desktop") : QStringLiteral("microphone");
}

QString db(double value)
{
    return value <= studio::audio::kSilenceDb ? QStringLiteral("−∞") : QString::number(value, 'f', 1);
}
}  // namespace

MixerPanel::MixerPanel(SessionController &controller, QSettings &uiSettings, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_settings(uiSettings)
{
    setObjectName(QStringLiteral("mixerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stripLayout = new QVBoxLayout;
    layout->addLayout(m_stripLayout);

    auto *programmeTitle = new QLabel(tr("Programme (what viewers hear) · limiter −1 dBTP"));
    programmeTitle->setWordWrap(true);
    m_programme = new LevelMeterWidget;
    m_programme->setObjectName(QStringLiteral("programmeMeter"));
    m_programme->setAccessibleName(tr("Programme level"));
    m_loudness = new QLabel;
    m_loudness->setObjectName(QStringLiteral("loudness"));
    m_loudness->setWordWrap(true);  // a long line must never widen the side panel
    m_loudness->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(programmeTitle);
    layout->addWidget(m_programme);
    layout->addWidget(m_loudness);

    auto *buttons = new QHBoxLayout;
    m_addMic = new QToolButton;
    m_addMic->setObjectName(QStringLiteral("addMicrophone"));
    m_addMic->setText(tr("Add microphone"));
    m_addDesktop = new QToolButton;
    m_addDesktop->setObjectName(QStringLiteral("addDesktopAudio"));
    m_addDesktop->setText(tr("Add desktop audio"));
    for (auto [button, kind] : {std::pair{m_addMic, ChannelKind::Microphone}, std::pair{m_addDesktop, ChannelKind::Desktop}}) {
        auto *menu = new QMenu(button);
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        connect(menu, &QMenu::aboutToShow, this, [this, kind = kind, button = button] { fillDeviceMenu(kind, button); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("mixerMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    // Mute (or unmute) every microphone from anywhere in the window.
    m_muteMicrophones = new QAction(tr("Mute microphones"), this);
    m_muteMicrophones->setObjectName(QStringLiteral("muteMicrophones"));
    m_muteMicrophones->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_muteMicrophones->setShortcutContext(Qt::WindowShortcut);
    addAction(m_muteMicrophones);
    connect(m_muteMicrophones, &QAction::triggered, this, &MixerPanel::toggleMicrophones);

    connect(&m_controller, &SessionController::sessionChanged, this, &MixerPanel::rebuild);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &MixerPanel::refresh);
    rebuild();
    m_clock.start();
    m_timer.start();
}

void MixerPanel::toggleMicrophones()
{
    const std::vector<studio::audio::MixerChannel> &channels = m_controller.mixerChannels();
    QList<QToolButton *> mutes;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_strips.size(), static_cast<qsizetype>(channels.size())); ++i) {
        if (channels[static_cast<size_t>(i)].kind == ChannelKind::Microphone)
            mutes.append(m_strips[i]->muteButton());
    }
    // Any microphone open: all go quiet. All muted: all open again.
    const bool anyOpen = std::any_of(mutes.begin(), mutes.end(), [](QToolButton *b) { return !b->isChecked(); });
    for (QToolButton *mute : std::as_const(mutes))
        mute->setChecked(anyOpen);
    if (mutes.isEmpty())
        showMessage(tr("No microphone to mute: add one with “Add microphone”."));
}

bool MixerPanel::toggleMute(const QString &channel)
{
    for (ChannelStrip *strip : std::as_const(m_strips)) {
        if (strip->objectName() == QStringLiteral("channel_") + channel) {
            strip->muteButton()->toggle();
            return true;
        }
    }
    return false;
}

void MixerPanel::rebuild()
{
    for (ChannelStrip *strip : std::as_const(m_strips)) {
        strip->setParent(nullptr);  // out of the panel (and out of findChild) at once...
        strip->deleteLater();       // ...deleted once its own signal (Remove) has returned
    }
    m_strips.clear();
    if (std::shared_ptr<studio::audio::AudioLevelsBoard> board = m_controller.audioLevels(); board != m_board) {
        m_board = std::move(board);
        m_reader = m_board->addReader();
    }
    for (const studio::audio::MixerChannel &channel : m_controller.mixerChannels()) {
        const bool removable = channel.kind == ChannelKind::Microphone || channel.kind == ChannelKind::Desktop;
        auto *strip = new ChannelStrip(channel, removable);
        m_stripLayout->addWidget(strip);
        m_strips.append(strip);
        connect(strip, &ChannelStrip::removeRequested, this, &MixerPanel::removeCapture, Qt::QueuedConnection);
        connect(strip->fader(), &QSlider::valueChanged, this, &MixerPanel::remember);
        connect(strip->muteButton(), &QToolButton::toggled, this, &MixerPanel::remember);
        connect(strip, &ChannelStrip::settingsChanged, this, &MixerPanel::remember);
    }
    QStringList problems;
    for (const Error &problem : m_controller.captureProblems())
        problems.append(problem.detail);
    showMessage(problems.isEmpty() ? QString()
                                   : tr("Not connected (kept in your setup, tried again next time): %1")
                                         .arg(problems.join(QStringLiteral("; "))));
    Q_EMIT channelsChanged();
}

void MixerPanel::refresh()
{
    const qint64 now = m_clock.elapsed();
    const double dtS = (now - m_lastMs) / 1000.0;
    m_lastMs = now;
    const studio::audio::AudioLevels levels = m_board->take(m_reader);
    for (qsizetype i = 0; i < std::min(levels.channels.size(), m_strips.size()); ++i)
        m_strips[i]->showLevels(levels.channels[i], dtS);
    const studio::audio::ProgrammeLevels &p = levels.programme;
    m_programme->setReading(p.peakDbfs, p.rmsDbfs, dtS, false);
    m_loudness->setText(tr("Loudness %1 LUFS now · %2 over 3 s · %3 overall (target %4) · true peak %5 dBTP")
                            .arg(db(p.lufsMomentary), db(p.lufsShortTerm), db(p.lufsIntegrated))
                            .arg(p.loudnessTargetLufs, 0, 'f', 0)
                            .arg(db(p.truePeakDbtp)));
}

void MixerPanel::fillDeviceMenu(ChannelKind kind, QToolButton *button)
{
    QMenu *menu = button->menu();
    menu->clear();
    Expected<studio::audio::AudioDeviceList> devices = studio::audio::listAudioDevices();
    if (!devices) {
        menu->addAction(devices.error().detail)->setEnabled(false);
        return;
    }
    const bool desktop = kind == ChannelKind::Desktop;
    menu->addAction(desktop ? tr("Default output") : tr("Default (follows the system)"), this,
                    [this, kind] { addCapture(kind, QStringLiteral("default")); });
    menu->addSeparator();
    for (const studio::audio::AudioDevice &device : devices->devices) {
        if (device.monitor != desktop)
            continue;
        menu->addAction(device.description, this, [this, kind, id = device.id] { addCapture(kind, id); });
    }
}

bool MixerPanel::addCapture(ChannelKind kind, const QString &device)
{
    // Said at once, by name, before anything changes.
    Expected<studio::audio::AudioDeviceList> devices = studio::audio::listAudioDevices();
    if (!devices) {
        showMessage(devices.error().detail);
        return false;
    }
    if (Expected<QString> id = studio::audio::resolveCaptureDevice(*devices, {kind, device}); !id) {
        showMessage(ErrorText::friendly(id.error()) + QStringLiteral(" (") + id.error().detail + QLatin1Char(')'));
        return false;
    }
    QList<studio::audio::NamedCapture> captures = m_controller.audioCaptures();
    QStringList taken;
    for (const studio::audio::NamedCapture &c : std::as_const(captures))
        taken.append(c.name);
    const QString name = studio::audio::freeCaptureName(kind, taken);
    captures.append({name, {kind, device}});
    m_controller.useAudioCaptures(captures);
    remember();
    if (m_controller.isBusy())
        showMessage(tr("The new channel joins when nothing is live or recording."));
    return true;
}

void MixerPanel::removeCapture(const QString &name)
{
    QList<studio::audio::NamedCapture> captures = m_controller.audioCaptures();
    captures.removeIf([&](const studio::audio::NamedCapture &c) { return c.name == name; });
    m_controller.useAudioCaptures(captures);
    remember();
}

void MixerPanel::remember()
{
    QStringList captures;
    for (const studio::audio::NamedCapture &c : m_controller.audioCaptures())
        captures.append(QStringLiteral("%1=%2:%3").arg(c.name, kindKey(c.wish.kind), c.wish.device));
    m_settings.setValue(kCapturesKey, captures);
    QStringList mixer;
    QStringList filters;
    for (const studio::audio::ChannelSetting &c : m_controller.mixerSettings()) {
        mixer.append(QStringLiteral("%1=%2%3%4")
                         .arg(c.name, c.faderDb <= studio::audio::kSilenceDb ? QStringLiteral("-inf") : QString::number(c.faderDb),
                              c.muted ? QStringLiteral(",mute") : QString(),
                              c.syncOffsetMs ? QStringLiteral(",offset=%1").arg(c.syncOffsetMs) : QString()));
        if (const QString list = c.filters.toText(); !list.isEmpty())
            filters.append(QStringLiteral("%1=%2").arg(c.name, list));
    }
    m_settings.setValue(kMixerKey, mixer);
    m_settings.setValue(kFiltersKey, filters);
}

void MixerPanel::restore()
{
    QList<studio::audio::ChannelSetting> faders;
    for (const QString &text : m_settings.value(kMixerKey).toStringList()) {
        if (const Expected<studio::audio::ChannelSetting> setting = parseMixerSetting(text))
            faders.append(*setting);
    }
    for (const QString &text : m_settings.value(kFiltersKey).toStringList()) {
        const QString name = text.section(u'=', 0, 0);
        QString error;
        const studio::audio::FilterSettings filters = studio::audio::FilterSettings::parse(text.section(u'=', 1), &error);
        for (studio::audio::ChannelSetting &setting : faders) {
            if (setting.name == name && error.isEmpty())
                setting.filters = filters;
        }
    }
    m_controller.applyMixer(faders);  // before the captures: their session starts with them
    QList<studio::audio::NamedCapture> captures;
    for (const QString &entry : m_settings.value(kCapturesKey).toStringList()) {
        const QString name = entry.section(u'=', 0, 0);
        const QString kind = entry.section(u'=', 1).section(u':', 0, 0);
        const QString device = entry.section(u'=', 1).section(u':', 1);
        if (name.isEmpty() || device.isEmpty())
            continue;
        captures.append({name, {kind == u"desktop" ? ChannelKind::Desktop : ChannelKind::Microphone, device}});
    }
    if (!captures.isEmpty())
        m_controller.useAudioCaptures(captures);  // one new session for all of them
    rebuild();  // the strips show the remembered faders
}

void MixerPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

}  // namespace vida3::app
