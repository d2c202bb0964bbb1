// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiowindow.h"
#include "encoder/secretredactor.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/memorysecretstore.h"
#include "studio/destination/presettable.h"

#include <QSettings>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace vida3::tests {

// The child of root called name; a test that names a widget the window does not have is wrong,
// so it stops there.
template <typename T>
T *requireChild(const QObject &root, const char *name)
{
    T *found = root.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Everything a StudioWindow needs, kept away from the user's files and keychain: settings
// and recordings in a temporary folder, keys in a MemorySecretStore.
class WindowFixture
{
public:
    // False when the presets or the temporary folder are missing.
    bool setUp();

    // relaySecrets: where the browser-source relay keeps its secret; null leaves the relay out.
    // adjust: changes to the services before the window is made (the go-live checklist, the
    // first-run wizard, as in the real studio).
    using Adjust = std::function<void(app::StudioWindow::Services &)>;
    std::unique_ptr<app::StudioWindow> makeWindow(studio::SecretStore *secrets,
                                                  studio::SecretStore *relaySecrets = nullptr,
                                                  const Adjust &adjust = {});

    // Adds a "custom" destination through the window's editor, as a user would; false when the
    // list does not show it afterwards.
    static bool addDestination(app::StudioWindow &window, const QString &name, const QString &url, const QString &key);

    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    // Where key shows up (any 6 characters of it) in the settings files or in any label or
    // tooltip of window: empty when nowhere.
    QString whereKeyLeaks(const QString &key, const QWidget &window);
    QString recordingFolder() const { return filePath(QStringLiteral("Movies")); }
    // Where the window saves its scene collection; the next window opens it again.
    QString collectionPath() const { return filePath(QStringLiteral("scenes.json")); }
    studio::DestinationStore &destinations() { return *m_destinations; }
    QSettings &uiSettings() { return *m_uiSettings; }
    studio::MemorySecretStore &secrets() { return *m_secrets; }

private:
    studio::PresetTable m_presets;
    SecretRedactor m_redactor;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<studio::DestinationStore> m_destinations;
    std::unique_ptr<QSettings> m_uiSettings;
    std::unique_ptr<studio::MemorySecretStore> m_secrets;
};

}  // namespace vida3::tests
