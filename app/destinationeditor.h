// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/destination.h"
#include "studio/destination/presettable.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vida3::app {

class DestinationForm;

// Adds or edits one named destination: a unique name over the DestinationForm (platform, server
// URL, backup URL, key, checked as the user types). Opened window-modal without blocking;
// saved() follows Save.
class DestinationEditor : public QDialog
{
    Q_OBJECT

public:
    explicit DestinationEditor(const studio::PresetTable &presets, QWidget *parent = nullptr);

    // `takenNames`: the other destinations' names.
    void editNew(const QString &presetId, const QStringList &takenNames);
    void editExisting(const studio::Destination &destination, const QString &streamKey,
                      const QStringList &takenNames);

    DestinationForm *form() const { return m_form; }
    bool canSave() const;

    static constexpr qsizetype kMaxNameLength = 64;

Q_SIGNALS:
    // `previousName` is empty for a new destination.
    void saved(const QString &previousName, const vida3::studio::Destination &destination, const QString &streamKey);

private:
    void onPresetChanged();
    void revalidate();
    QString nameIssue() const;
    QString suggestedName() const;

    const studio::PresetTable &m_presets;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameIssue = nullptr;
    DestinationForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QString m_previousName;
    QStringList m_takenNames;
    bool m_nameTouched = false;
};

}  // namespace vida3::app
