// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/studiowindowentry.h"

#include "app/brandtheme.h"
#include "app/errortext.h"
#include "app/studiowindow.h"
#include "encoder/secretredactor.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/keychainsecretstore.h"
#include "studio/destination/presettable.h"
#include "studio/scene/sceneparser.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace vida3::app {

namespace {
int showStartupError(const QString &text)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("StudioWindow", "VIDA³ Studio"), text);
    return 1;
}
}  // namespace

int runStudioWindow(QApplication &app, const StudioOptions &options, SecretRedactor &redactor)
{
    applyBrandTheme(app);

    auto presets = studio::PresetTable::load();
    if (!presets)
        return showStartupError(ErrorText::friendly(presets.error()));
    Expected<studio::Scene> scene = options.scenePath.isEmpty() ? Expected<studio::Scene>(studio::builtInScene())
                                                                : studio::loadSceneFile(options.scenePath);
    if (!scene)
        return showStartupError(ErrorText::friendly(scene.error()) + u'\n' + redactor.redact(scene.error().detail));

    studio::DestinationStore destinations;
    QSettings uiSettings;
    studio::KeychainSecretStore keychain;

    StudioWindow window(StudioWindow::Services{
        .presets = presets.value(),
        .destinations = destinations,
        .uiSettings = uiSettings,
        .redactor = redactor,
        .scene = std::move(scene).value(),
        .secrets = nullptr,
        .initialPresetId = options.presetId,
        .recordingFolder = {},
        .caFile = options.tlsCaFile,
        .relaySecrets = &keychain,
    });
    window.show();

    // The probe may take a while (a keychain that asks to be unlocked): the window runs meanwhile.
    keychain.probeKeychain(&window, [&window, &keychain](Status available) {
        window.useSecretStore(available ? &keychain : nullptr);
    });
    return app.exec();
}

}  // namespace vida3::app
