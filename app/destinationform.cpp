// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationform.h"

#include "studio/destination/destinationvalidator.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace vida3::app {

namespace Validator = studio::DestinationValidator;

namespace {
// A field with its issue line under it.
QWidget *withIssue(QWidget *field, QLabel *issue)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(issue);
    return box;
}

QLabel *issueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("issue"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}
}  // namespace

DestinationForm::DestinationForm(const studio::PresetTable &presets, QWidget *parent)
    : QWidget(parent), m_presets(presets)
{
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    for (const studio::PlatformPreset &p : presets.all())
        m_preset->addItem(p.displayName, p.id);

    m_serverUrl = new QLineEdit;
    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setClearButtonEnabled(true);
    m_serverUrlIssue = issueLabel(QStringLiteral("serverUrlIssue"));
    m_backupUrl = new QLineEdit;
    m_backupUrl->setObjectName(QStringLiteral("backupUrlEdit"));
    m_backupUrl->setClearButtonEnabled(true);
    m_backupUrl->setPlaceholderText(tr("Optional: used when the server URL keeps failing"));
    m_backupUrlIssue = issueLabel(QStringLiteral("backupUrlIssue"));

    m_streamKey = new QLineEdit;
    m_streamKey->setObjectName(QStringLiteral("streamKeyEdit"));
    m_streamKey->setEchoMode(QLineEdit::Password);
    m_streamKey->setPlaceholderText(tr("Paste the key from the platform"));
    m_streamKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_revealKey = new QAction(tr("Show"), this);
    m_revealKey->setObjectName(QStringLiteral("revealKeyAction"));
    m_revealKey->setCheckable(true);
    m_revealKey->setToolTip(tr("Show or hide the stream key"));
    auto *revealButton = new QToolButton;
    revealButton->setDefaultAction(m_revealKey);
    auto *keyRow = new QWidget;
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_streamKey, 1);
    keyLayout->addWidget(revealButton);
    m_streamKeyIssue = issueLabel(QStringLiteral("streamKeyIssue"));
    m_keyHint = new QLabel;
    m_keyHint->setProperty("role", QStringLiteral("hint"));
    m_keyHint->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Platform"), m_preset);
    form->addRow(tr("&Server URL"), withIssue(m_serverUrl, m_serverUrlIssue));
    form->addRow(tr("&Backup URL"), withIssue(m_backupUrl, m_backupUrlIssue));
    auto *keyBox = withIssue(keyRow, m_streamKeyIssue);
    keyBox->layout()->addWidget(m_keyHint);
    form->addRow(tr("Stream &key"), keyBox);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DestinationForm::onPresetSelected);
    connect(m_serverUrl, &QLineEdit::textChanged, this, [this] {
        m_urlTouched = true;
        revalidate();
    });
    connect(m_backupUrl, &QLineEdit::textChanged, this, &DestinationForm::revalidate);
    connect(m_streamKey, &QLineEdit::textChanged, this, [this] {
        m_keyTouched = true;
        revalidate();
    });
    connect(m_revealKey, &QAction::toggled, this, [this](bool reveal) {
        m_streamKey->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_revealKey->setText(reveal ? tr("Hide") : tr("Show"));
    });

    const int x = m_preset->findData(QStringLiteral("x"));
    m_preset->setCurrentIndex(x >= 0 ? x : 0);
    onPresetSelected();
}

QString DestinationForm::presetId() const
{
    return m_preset->currentData().toString();
}

const studio::PlatformPreset *DestinationForm::preset() const
{
    return m_presets.find(presetId());
}

QString DestinationForm::serverUrl() const
{
    return m_serverUrl->text();
}

QString DestinationForm::backupUrl() const
{
    return m_backupUrl->text().trimmed();
}

QString DestinationForm::streamKey() const
{
    return m_streamKey->text();
}

void DestinationForm::setDestination(const QString &presetId, const QString &serverUrl, const QString &backupUrl)
{
    const int index = m_preset->findData(presetId);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
    m_serverUrl->setText(serverUrl);
    m_backupUrl->setText(backupUrl);
}

void DestinationForm::setStreamKey(const QString &key)
{
    m_streamKey->setText(key);
}

void DestinationForm::onPresetSelected()
{
    const studio::PlatformPreset *p = preset();
    if (!p)
        return;
    m_serverUrl->setPlaceholderText(p->server.placeholderUrl);
    if (!p->server.backupUrl.isEmpty())
        m_backupUrl->setPlaceholderText(p->server.backupUrl);
    else
        m_backupUrl->setPlaceholderText(tr("Optional: used when the server URL keeps failing"));
    // Replace the URL only when the user has not typed one of their own.
    const QString current = m_serverUrl->text();
    if (current.isEmpty() || current == m_filledUrl) {
        const bool touched = m_urlTouched;
        m_serverUrl->setText(p->server.defaultUrl);
        m_urlTouched = touched;
        m_filledUrl = p->server.defaultUrl;
    }
    m_keyHint->setText(tr("The %1 key %2.")
                           .arg(p->displayName,
                                QCoreApplication::translate("PlatformPreset", p->streamKey.description.toUtf8().constData())));
    revalidate();
    Q_EMIT presetChanged(p->id);
}

void DestinationForm::showIssue(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DestinationForm::revalidate()
{
    const studio::PlatformPreset *p = preset();
    if (!p)
        return;
    const auto urlIssues = Validator::validateServerUrl(*p, serverUrl());
    const auto keyIssues = Validator::validateStreamKey(*p, streamKey());
    // An empty field the user has not touched is not an error yet, only not ready.
    const bool showUrl = m_urlTouched || !serverUrl().isEmpty();
    const bool showKey = m_keyTouched || !streamKey().isEmpty();
    showIssue(m_serverUrlIssue, showUrl && !urlIssues.isEmpty() ? urlIssues.first().message : QString());
    showIssue(m_streamKeyIssue, showKey && !keyIssues.isEmpty() ? keyIssues.first().message : QString());
    // The backup is optional; when given it must be as valid as the primary.
    const auto backupIssues = backupUrl().isEmpty() ? decltype(urlIssues){}
                                                    : Validator::validateServerUrl(*p, backupUrl());
    showIssue(m_backupUrlIssue, !backupIssues.isEmpty() ? backupIssues.first().message : QString());
    const bool valid = urlIssues.isEmpty() && keyIssues.isEmpty() && backupIssues.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

}  // namespace vida3::app
