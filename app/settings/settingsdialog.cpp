// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/settings/settingsdialog.h"

#include "app/language.h"
#include "app/outputsettingsbox.h"
#include "app/settings/hotkeyspage.h"
#include "app/styleproperty.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vida3::app {

SettingsDialog::SettingsDialog(QSettings &settings, ActionRegistry &registry, GlobalHotkeyBinder *global,
                               OutputSettingsBox *encoding, std::function<bool()> outputsBusy, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_outputsBusy(std::move(outputsBusy)), m_format(OutputFormat::load(settings))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("settingsPages"));
    m_tabs->addTab(buildGeneral(), tr("General"));
    m_tabs->addTab(buildOutput(encoding), tr("Output"));
    m_tabs->addTab(buildAudio(), tr("Audio"));
    m_tabs->addTab(buildRecording(), tr("Recording"));
    m_hotkeys = new HotkeysPage(registry, global);
    m_tabs->addTab(m_hotkeys, tr("Hotkeys"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 560);
    loadForm();
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget;
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Dark"), themeName(Theme::Dark));
    m_theme->addItem(tr("Light"), themeName(Theme::Light));
    m_theme->addItem(tr("Follow the system"), themeName(Theme::System));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Language (from the next start):"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    auto *privacy = new QLabel(tr("VIDA³ Studio sends nothing anywhere: no telemetry. Your settings, scenes, "
                                  "session history and stream keys stay on this computer."));
    privacy->setWordWrap(true);
    privacy->setProperty("role", QStringLiteral("hint"));
    auto *erase = new QPushButton(tr("Delete all my data…"));
    erase->setObjectName(QStringLiteral("deleteAllData"));
    connect(erase, &QPushButton::clicked, this, &SettingsDialog::deleteAllDataRequested);
    form->addRow(privacy);
    form->addRow(erase);
    return page;
}

QWidget *SettingsDialog::buildOutput(OutputSettingsBox *encoding)
{
    auto *page = new QWidget;
    m_size = new QComboBox;
    m_size->setObjectName(QStringLiteral("outputSizeCombo"));
    m_size->setEditable(true);  // any size, typed as 1600x900
    m_size->addItem(tr("The platform's"), QString());
    for (const char *size : {"1280x720", "1600x900", "1920x1080", "2560x1440", "3840x2160"})
        m_size->addItem(QLatin1String(size), QLatin1String(size));
    m_fps = new QComboBox;
    m_fps->setObjectName(QStringLiteral("outputFpsCombo"));
    m_fps->addItem(tr("The platform's"), 0);
    for (int rate : {24, 25, 30, 48, 50, 60})
        m_fps->addItem(QString::number(rate), rate);
    // Wide ranges on purpose: a value out of bounds is refused with the reason, not clamped unseen.
    m_bitrate = new QSpinBox;
    m_bitrate->setObjectName(QStringLiteral("outputBitrateSpin"));
    m_bitrate->setRange(0, 200000);
    m_bitrate->setSingleStep(500);
    m_bitrate->setSuffix(tr(" kbps"));
    m_bitrate->setSpecialValueText(tr("The platform's"));
    m_keyint = new QDoubleSpinBox;
    m_keyint->setObjectName(QStringLiteral("outputKeyintSpin"));
    m_keyint->setRange(0, 60);
    m_keyint->setDecimals(1);
    m_keyint->setSuffix(tr(" s"));
    m_keyint->setSpecialValueText(tr("The platform's"));
    auto *form = new QFormLayout;
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Frame rate:"), m_fps);
    form->addRow(tr("Video bitrate:"), m_bitrate);
    form->addRow(tr("Keyframe every:"), m_keyint);
    auto *note = new QLabel(tr("Every destination shares one encode: a value a platform does not accept is lowered "
                               "for all, and the window says so."));
    note->setWordWrap(true);
    note->setProperty("role", QStringLiteral("hint"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    if (encoding)
        layout->addWidget(encoding);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildAudio()
{
    auto *page = new QWidget;
    m_loudness = new QDoubleSpinBox;
    m_loudness->setObjectName(QStringLiteral("loudnessTargetSpin"));
    m_loudness->setRange(-99, 0);  // out of -40…-5 is refused with the reason
    m_loudness->setDecimals(0);
    m_loudness->setSuffix(tr(" LUFS"));
    m_limiter = new QCheckBox(tr("Limit the programme's peaks to −1 dBTP"));
    m_limiter->setObjectName(QStringLiteral("limiterCheck"));
    auto *note = new QLabel(tr("The loudness target is what the programme meter aims at: −14 LUFS for YouTube, "
                               "Twitch and X. The limiter keeps sudden peaks from distorting on the platforms' "
                               "encoders."));
    note->setWordWrap(true);
    note->setProperty("role", QStringLiteral("hint"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Loudness target:"), m_loudness);
    form->addRow(m_limiter);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::buildRecording()
{
    auto *page = new QWidget;
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("recordingFolderEdit"));
    m_folder->setPlaceholderText(tr("Your Videos folder"));
    m_folder->setAccessibleName(tr("Recordings folder"));  // its label names the row, not the field
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Recordings folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    m_recordingFormat = new QComboBox;
    m_recordingFormat->setObjectName(QStringLiteral("recordingFormatCombo"));
    m_recordingFormat->addItem(tr("Matroska (.mkv): plays even after a crash"), QStringLiteral("mkv"));
    m_recordingFormat->addItem(tr("MP4 (.mp4), fragmented: plays even after a crash"), QStringLiteral("mp4"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Folder:"), row);
    form->addRow(tr("Format:"), m_recordingFormat);
    return page;
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::reload()
{
    m_format = OutputFormat::load(m_settings);
    loadForm();
}

void SettingsDialog::loadForm()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.value(QLatin1String(kLanguageSetting)).toString())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeName(themeFromName(m_settings.value(QLatin1String(kThemeSetting)).toString())))));
    const QString size = m_format.width ? QStringLiteral("%1x%2").arg(m_format.width).arg(m_format.height) : QString();
    if (size.isEmpty())
        m_size->setCurrentIndex(0);
    else
        m_size->setCurrentText(size);
    m_fps->setCurrentIndex(std::max(0, m_fps->findData(m_format.fps)));
    m_bitrate->setValue(m_format.bitrateKbps);
    m_keyint->setValue(m_format.keyframeIntervalS);
    m_loudness->setValue(m_format.loudnessTargetLufs);
    m_limiter->setChecked(m_format.limiter);
    m_folder->setText(QDir::toNativeSeparators(m_format.recordingFolder));
    m_recordingFormat->setCurrentIndex(std::max(0, m_recordingFormat->findData(m_format.recordingFormat)));
}

OutputFormat SettingsDialog::readForm(QStringList *problems) const
{
    OutputFormat f;
    const QString size = m_size->currentIndex() == 0 && m_size->currentText() == m_size->itemText(0)
        ? QString()
        : m_size->currentText().trimmed();
    if (!size.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})\\s*[x×]\\s*(\\d{2,5})$"));
        const QRegularExpressionMatch m = pattern.match(size);
        if (m.hasMatch()) {
            f.width = m.captured(1).toInt();
            f.height = m.captured(2).toInt();
        } else {
            problems->append(tr("Write the size as width x height, for example 1920x1080."));
        }
    }
    f.fps = m_fps->currentData().toInt();
    f.bitrateKbps = m_bitrate->value();
    f.keyframeIntervalS = m_keyint->value();
    f.loudnessTargetLufs = m_loudness->value();
    f.limiter = m_limiter->isChecked();
    f.recordingFormat = m_recordingFormat->currentData().toString();
    f.recordingFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    problems->append(f.problems());
    if (!f.recordingFolder.isEmpty()) {
        const QFileInfo folder(f.recordingFolder);
        if (!folder.isAbsolute())
            problems->append(tr("The recordings folder must be a full path, such as %1.").arg(QDir::homePath() + QStringLiteral("/Videos")));
        else if (folder.exists() && (!folder.isDir() || !folder.isWritable()))
            problems->append(tr("Recordings cannot be written to %1.").arg(QDir::toNativeSeparators(f.recordingFolder)));
    }
    return f;
}

bool SettingsDialog::apply()
{
    QStringList problems;
    const OutputFormat wanted = readForm(&problems);
    if (!problems.isEmpty()) {
        showMessage(tr("Not saved: %1").arg(problems.join(u' ')), true);
        return false;
    }
    m_settings.setValue(QLatin1String(kLanguageSetting), m_language->currentData().toString());
    const Theme theme = themeFromName(m_theme->currentData().toString());
    if (themeName(theme) != m_settings.value(QLatin1String(kThemeSetting), themeName(Theme::Dark)).toString()) {
        m_settings.setValue(QLatin1String(kThemeSetting), themeName(theme));
        Q_EMIT themeChanged(theme);
    }
    const bool encodeChanges = wanted.changesEncode(m_format);
    if (!(wanted == m_format)) {
        wanted.save(m_settings);
        m_format = wanted;
        Q_EMIT formatChanged(m_format);
    }
    showMessage(encodeChanges && m_outputsBusy && m_outputsBusy()
                    ? tr("Saved. The stream and the recording keep their format until every output has stopped; "
                         "the new one applies from the next start.")
                    : tr("Saved."),
                false);
    return true;
}

void SettingsDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    setStyleProperty(m_message, "role", isError ? QStringLiteral("error") : QStringLiteral("info"));
}

}  // namespace vida3::app
