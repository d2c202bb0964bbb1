// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/studiowindowentry.h"

#include "app/brandtheme.h"
#include "app/errortext.h"
#include "app/sourceoptions.h"
#include "app/studiowindow.h"
#include "encoder/secretredactor.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/keychainsecretstore.h"
#include "studio/destination/presettable.h"
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
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
    studio::LayerFactory kinds = studio::LayerFactory::builtIn();
    studio::media::MediaLayer::registerKind(kinds, nullptr);
    studio::media::registerCaptureKinds(kinds, 30);  // for checking the document; sessions use their own rate
    Expected<studio::Scene> scene = options.scenePath.isEmpty() ? Expected<studio::Scene>(studio::builtInScene())
                                                                : studio::loadSceneFile(options.scenePath, kinds);
    if (!scene)
        return showStartupError(ErrorText::friendly(scene.error()) + u'\n' + redactor.redact(scene.error().detail));
    addSourceLayers(scene.value(), options);  // --screen, --media, --camera open in the window too

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
