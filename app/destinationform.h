// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/presettable.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace vida3::app {

// Where to stream: platform preset, server URL, optional backup URL and stream key, checked as
// the user types.
// The first problem of each field shows in red under it; messages never quote the key.
// The key field is in password mode until the user reveals it.
class DestinationForm : public QWidget
{
    Q_OBJECT

public:
    explicit DestinationForm(const studio::PresetTable &presets, QWidget *parent = nullptr);

    QString presetId() const;
    const studio::PlatformPreset *preset() const;
    QString serverUrl() const;
    QString backupUrl() const;
    QString streamKey() const;
    bool isValid() const { return m_valid; }

    // Selects the preset (unknown ids are ignored) and fills the URL.
    void setDestination(const QString &presetId, const QString &serverUrl, const QString &backupUrl = {});
    void setStreamKey(const QString &key);

Q_SIGNALS:
    void validityChanged(bool valid);
    void presetChanged(const QString &presetId);

private:
    void onPresetSelected();
    void revalidate();
    static void showIssue(QLabel *label, const QString &message);

    const studio::PresetTable &m_presets;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_backupUrl = nullptr;
    QLineEdit *m_streamKey = nullptr;
    QAction *m_revealKey = nullptr;
    QLabel *m_serverUrlIssue = nullptr;
    QLabel *m_backupUrlIssue = nullptr;
    QLabel *m_streamKeyIssue = nullptr;
    QLabel *m_keyHint = nullptr;
    QString m_filledUrl;  // the preset default we put in the URL field, replaced on preset change
    bool m_urlTouched = false;
    bool m_keyTouched = false;
    bool m_valid = false;
};

}  // namespace vida3::app
