// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/studiowindowentry.h"

#include "app/brandtheme.h"
#include "app/errortext.h"
#include "app/scenes/layerkinds.h"
#include "app/sourceoptions.h"
#include "app/studiowindow.h"
#include "encoder/secretredactor.h"
#include "studio/history/historystore.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/keychainsecretstore.h"
#include "studio/destination/presettable.h"
#include "studio/privacy/userdata.h"
#include "studio/scene/collectionparser.h"

#include <QApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace vida3::app {

namespace {
// "Delete all my data", once the window is gone: the keychain entries, then the files.
int eraseUserData(const studio::DestinationStore &destinations, studio::KeychainSecretStore &keychain)
{
    const QStringList names = studio::userSecretNames(destinations);
    studio::EraseReport outcome;
    QEventLoop loop;
    studio::UserDataEraser::erase(&keychain, names, studio::UserDataPlaces::current(), [&](const studio::EraseReport &report) {
        outcome = report;
        loop.quit();
    });
    loop.exec();
    const QString title = QCoreApplication::translate("StudioWindow", "Delete all my data");
    if (outcome.ok()) {
        QMessageBox::information(nullptr, title,
                                 QCoreApplication::translate("StudioWindow", "Everything VIDA³ Studio kept on this computer "
                                                                             "is removed. Your recordings stay where they are."));
        return 0;
    }
    QMessageBox::warning(nullptr, title,
                         QCoreApplication::translate("StudioWindow", "Some of it could not be removed:\n%1")
                             .arg(outcome.failures.join(u'\n')));
    return 1;
}

int showStartupError(const QString &text)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("StudioWindow", "VIDA³ Studio"), text);
    return 1;
}
}  // namespace

int runStudioWindow(QApplication &app, const StudioOptions &options, SecretRedactor &redactor)
{
    applyBrandTheme(app, themeFromName(QSettings().value(QLatin1String(kThemeSetting)).toString()));

    auto presets = studio::PresetTable::load();
    if (!presets)
        return showStartupError(ErrorText::friendly(presets.error()));
    const studio::LayerFactory kinds = allLayerKinds();  // for checking the document; sessions build their own
    // A file named on the command line is opened and saved back to; without one the collection
    // lives in the application's data folder.
    const QString path = options.scenePath.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scenes.json")
        : QFileInfo(options.scenePath).absoluteFilePath();
    Expected<studio::SceneCollection> collection = studio::loadCollectionOrDefault(path, kinds);
    if (!collection && options.scenePath.isEmpty()) {
        // The collection kept for the user no longer opens (a file it uses is gone, a disk is
        // not mounted): it is set aside untouched, said, and the studio starts anew.
        const QString aside = path + QDateTime::currentDateTime().toString(QStringLiteral(".unreadable-yyyyMMdd-hhmmss"));
        QFile::rename(path, aside);
        QMessageBox::warning(nullptr, QCoreApplication::translate("StudioWindow", "VIDA³ Studio"),
                             QCoreApplication::translate("StudioWindow", "Your scenes could not be opened:\n%1\n\nThey are kept in %2; "
                                                                         "open that file with vida3-studio FILE once it is fixed.")
                                 .arg(redactor.redact(collection.error().detail), aside));
        collection = studio::loadCollectionOrDefault(path, kinds);
    }
    if (!collection)
        return showStartupError(ErrorText::friendly(collection.error()) + u'\n' + redactor.redact(collection.error().detail));
    const qsizetype start = options.scenes.program.isEmpty() ? collection->programIndex()
                                                             : collection->indexOf(options.scenes.program);
    if (start < 0)
        return showStartupError(QCoreApplication::translate("StudioWindow", "No scene \u201C%1\u201D in %2.")
                                    .arg(options.scenes.program, path));
    collection->programId = collection->scenes.at(start).id;
    if (options.scenes.transition)
        collection->transition = *options.scenes.transition;
    // --screen, --media, --camera open in the window too, on the scene on air: once (the
    // collection is saved, so a layer added by an earlier start with the same options is there).
    studio::Scene &onAir = collection->scenes[start].scene;
    const QList<studio::LayerDescription> before = onAir.layers;
    addSourceLayers(onAir, options);
    onAir.layers.removeIf([&](const studio::LayerDescription &added) {
        return !before.contains(added) && std::any_of(before.begin(), before.end(), [&](const studio::LayerDescription &old) {
                   return old.kind == added.kind && old.properties == added.properties;
               });
    });

    studio::DestinationStore destinations;
    studio::KeychainSecretStore keychain;
    bool deleteAllData = false;
    int code = 0;
    {
        QSettings uiSettings;
        StudioWindow window(StudioWindow::Services{
            .presets = presets.value(),
            .destinations = destinations,
            .uiSettings = uiSettings,
            .redactor = redactor,
            .collection = std::move(collection).value(),
            .collectionPath = path,
            .secrets = nullptr,
            .initialPresetId = options.presetId,
            .recordingFolder = {},
            .caFile = options.tlsCaFile,
            .relaySecrets = &keychain,
            .schedulePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/schedule.json"),
            .historyPath = options.keepHistory ? studio::history::HistoryStore::defaultPath() : QString(),
            .offerFirstRun = true,
            .checkBeforeGoLive = true,
        });
        window.show();

        // The probe may take a while (a keychain that asks to be unlocked): the window runs meanwhile.
        keychain.probeKeychain(&window, [&window, &keychain](Status available) {
            window.useSecretStore(available ? &keychain : nullptr);
        });
        code = app.exec();
        deleteAllData = window.deleteAllDataOnClose();
    }
    // Everything that writes on quit (the layout, the scenes, the settings) has written: now it goes.
    return deleteAllData ? eraseUserData(destinations, keychain) : code;
}

}  // namespace vida3::app
