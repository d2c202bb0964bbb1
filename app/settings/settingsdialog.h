// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/brandtheme.h"
#include "app/settings/outputformat.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace vida3::app {

class ActionRegistry;
class GlobalHotkeyBinder;
class HotkeysPage;
class OutputSettingsBox;

// Settings: General (language, theme), Output (size, frame rate, bitrate, keyframe interval, and
// the encoder box: encoder, x264 speed, adaptive bitrate, reconnecting), Audio (loudness target,
// limiter), Recording (folder and format) and Hotkeys. Destinations, browser sources and remote
// control keep their own panels, where their state shows. OK and Apply check every value first: what cannot be used is refused with
// the reason and nothing is saved. A new format while live or recording is kept and takes effect
// once every output has stopped, and the dialog says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { General = 0, Output = 1, Audio = 2, Recording = 3, Hotkeys = 4 };

    SettingsDialog(QSettings &settings, ActionRegistry &registry, GlobalHotkeyBinder *global, OutputSettingsBox *encoding,
                   std::function<bool()> outputsBusy, QWidget *parent = nullptr);

    void showPage(Page page);
    HotkeysPage *hotkeys() const { return m_hotkeys; }
    // What is in effect (saved).
    const OutputFormat &format() const { return m_format; }
    // Reads the saved values again (the first-run wizard chose a format).
    void reload();
    // Checks and saves the form; false (and the reasons shown) when something cannot be used.
    bool apply();
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void formatChanged(const vida3::app::OutputFormat &format);
    void themeChanged(vida3::app::Theme theme);
    // "Delete all my data…" on the General page.
    void deleteAllDataRequested();

private:
    QWidget *buildGeneral();
    QWidget *buildOutput(OutputSettingsBox *encoding);
    QWidget *buildAudio();
    QWidget *buildRecording();
    void loadForm();
    OutputFormat readForm(QStringList *problems) const;
    void showMessage(const QString &text, bool isError);

    QSettings &m_settings;
    std::function<bool()> m_outputsBusy;
    OutputFormat m_format;
    QTabWidget *m_tabs = nullptr;
    HotkeysPage *m_hotkeys = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_size = nullptr;
    QComboBox *m_fps = nullptr;
    QSpinBox *m_bitrate = nullptr;
    QDoubleSpinBox *m_keyint = nullptr;
    QDoubleSpinBox *m_loudness = nullptr;
    QCheckBox *m_limiter = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_recordingFormat = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace vida3::app
