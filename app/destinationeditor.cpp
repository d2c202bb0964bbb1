// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationeditor.h"

#include "app/destinationform.h"
#include "app/sessioncontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vida3::app {

DestinationEditor::DestinationEditor(const studio::PresetTable &presets, QWidget *parent)
    : QDialog(parent), m_presets(presets)
{
    setObjectName(QStringLiteral("destinationEditor"));
    setWindowModality(Qt::WindowModal);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("destinationNameEdit"));
    m_name->setMaxLength(kMaxNameLength);
    m_nameIssue = new QLabel;
    m_nameIssue->setObjectName(QStringLiteral("destinationNameIssue"));
    m_nameIssue->setProperty("role", QStringLiteral("issue"));
    m_nameIssue->setVisible(false);
    m_form = new DestinationForm(presets);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveDestinationButton"));

    auto *nameForm = new QFormLayout;
    nameForm->setContentsMargins(0, 0, 0, 0);
    nameForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *nameBox = new QWidget;
    auto *nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameIssue);
    nameForm->addRow(tr("&Name"), nameBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_form, &DestinationForm::validityChanged, this, &DestinationEditor::revalidate);
    connect(m_form, &DestinationForm::presetChanged, this, &DestinationEditor::onPresetChanged);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canSave())
            return;
        const studio::Destination destination{m_name->text().trimmed(), m_form->presetId(),
                                              m_form->serverUrl().trimmed(), m_form->backupUrl()};
        const QString key = m_form->streamKey();
        m_form->setStreamKey({});  // the list keeps it; the hidden dialog does not
        accept();
        Q_EMIT saved(m_previousName, destination, key);
    });
}

void DestinationEditor::editNew(const QString &presetId, const QStringList &takenNames)
{
    setWindowTitle(tr("Add destination"));
    m_previousName.clear();
    m_takenNames = takenNames;
    m_nameTouched = false;
    m_form->setDestination(presetId, {}, {});
    m_form->setStreamKey({});
    m_name->setText(suggestedName());
    revalidate();
}

void DestinationEditor::editExisting(const studio::Destination &destination, const QString &streamKey,
                                     const QStringList &takenNames)
{
    setWindowTitle(tr("Edit destination"));
    m_previousName = destination.name;
    m_takenNames = takenNames;
    m_nameTouched = true;
    m_name->setText(destination.name);
    m_form->setDestination(destination.presetId, destination.serverUrl, destination.backupUrl);
    m_form->setStreamKey(streamKey);
    revalidate();
}

bool DestinationEditor::canSave() const
{
    return m_form->isValid() && nameIssue().isEmpty();
}

// Until the user names it, a new destination is called after its platform.
void DestinationEditor::onPresetChanged()
{
    if (!m_nameTouched && m_previousName.isEmpty())
        m_name->setText(suggestedName());
    revalidate();
}

QString DestinationEditor::suggestedName() const
{
    const studio::PlatformPreset *preset = m_form->preset();
    const QString base = preset ? preset->displayName : tr("Destination");
    QString name = base;
    for (int n = 2; m_takenNames.contains(name, Qt::CaseInsensitive) || name == kRecordingOutputName; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

QString DestinationEditor::nameIssue() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the destination a name.");
    if (m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("Another destination has this name.");
    // The recording output goes by this name inside the session.
    if (name.compare(kRecordingOutputName, Qt::CaseInsensitive) == 0)
        return tr("This name is reserved; choose another.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The name contains a control character.");
    }
    return {};
}

void DestinationEditor::revalidate()
{
    const QString issue = nameIssue();
    m_nameIssue->setText(issue);
    m_nameIssue->setVisible(!issue.isEmpty());
    m_save->setEnabled(canSave());
}

}  // namespace vida3::app
