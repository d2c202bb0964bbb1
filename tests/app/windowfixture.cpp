// SPDX-License-Identifier: GPL-2.0-or-later
#include "windowfixture.h"

#include "app/destinationlist.h"
#include "app/scenes/layerkinds.h"
#include "studio/scene/collectionparser.h"
#include "testchecks.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vida3::tests {

bool WindowFixture::setUp()
{
    auto loaded = studio::PresetTable::load();
    if (!loaded)
        return false;
    m_presets = std::move(loaded).value();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    m_destinations = std::make_unique<studio::DestinationStore>(filePath(QStringLiteral("destinations.ini")));
    m_uiSettings = std::make_unique<QSettings>(filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<studio::MemorySecretStore>();
    return true;
}

QString WindowFixture::whereKeyLeaks(const QString &key, const QWidget &window)
{
    m_uiSettings->sync();
    for (const QString &ini : {QStringLiteral("destinations.ini"), QStringLiteral("ui.ini")}) {
        QFile file(filePath(ini));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("%1 (unreadable)").arg(ini);
        if (leaksKey(key, QString::fromUtf8(file.readAll())))
            return ini;
    }
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (leaksKey(key, label->text() + label->toolTip()))
            return QStringLiteral("label %1").arg(label->objectName());
    }
    return {};
}

bool WindowFixture::addDestination(app::StudioWindow &window, const QString &name, const QString &url, const QString &key)
{
    requireChild<QPushButton>(window, "addDestinationButton")->click();
    auto *editor = requireChild<QDialog>(window, "destinationEditor");
    auto *preset = requireChild<QComboBox>(*editor, "presetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
    requireChild<QLineEdit>(*editor, "destinationNameEdit")->setText(name);
    requireChild<QLineEdit>(*editor, "serverUrlEdit")->setText(url);
    requireChild<QLineEdit>(*editor, "streamKeyEdit")->setText(key);
    requireChild<QPushButton>(*editor, "saveDestinationButton")->click();
    return window.destinationList()->row(name) != nullptr;
}

std::unique_ptr<app::StudioWindow> WindowFixture::makeWindow(studio::SecretStore *secrets,
                                                            studio::SecretStore *relaySecrets, const Adjust &adjust)
{
    app::StudioWindow::Services services{
        .presets = m_presets,
        .destinations = *m_destinations,
        .uiSettings = *m_uiSettings,
        .redactor = m_redactor,
        .collection = studio::loadCollectionOrDefault(collectionPath(), app::allLayerKinds()).value(),
        .collectionPath = collectionPath(),
        .secrets = secrets,
        .initialPresetId = QStringLiteral("x"),
        .recordingFolder = recordingFolder(),
        .caFile = {},
        .relaySecrets = relaySecrets,
        .relayPort = 0,  // any free port: tests run side by side
        .schedulePath = filePath(QStringLiteral("schedule.json")),
        .historyPath = filePath(QStringLiteral("history.jsonl")),
    };
    if (adjust)
        adjust(services);
    return std::make_unique<app::StudioWindow>(std::move(services));
}

}  // namespace vida3::tests
