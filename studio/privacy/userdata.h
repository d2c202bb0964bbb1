// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace vida3::studio {

class DestinationStore;
class SecretStore;

// Everything the studio keeps on this computer for the user: the settings file (window, mixer,
// destinations without their keys, hotkeys), the data folder (scenes, imported files, schedule,
// session history), the cache folder, and the keychain entries (each destination's stream key,
// the relay secret, the remote-control password). Recordings are the user's own files and stay.
// The studio writes no log file: its log goes to the terminal or the system journal.
struct UserDataPlaces
{
    QString settingsFile;  // QSettings' file (on Windows a registry path)
    QStringList folders;   // data, cache and config folders of ours
    static UserDataPlaces current();
    // Those of them that exist now, for the confirmation and for tests.
    QStringList existing() const;
};

// The keychain entries the studio may hold, given its destinations.
QStringList userSecretNames(const DestinationStore &destinations);

struct EraseReport
{
    QStringList removed;         // files and folders removed
    QStringList failures;        // "path: reason" or "keychain entry: reason" (never a secret)
    int secretsDeleted = 0;
    bool ok() const { return failures.isEmpty(); }
};

// Removes every keychain entry in `secretNames` (when `secrets` is given), then the settings file
// and the folders. `done` runs on the store's thread once all is done; the eraser deletes itself
// after it. Nothing in the report holds a secret.
class UserDataEraser : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const EraseReport &)>;
    static void erase(SecretStore *secrets, const QStringList &secretNames, const UserDataPlaces &places, Done done);

private:
    UserDataEraser(SecretStore *secrets, QStringList names, UserDataPlaces places, Done done);
    void next();
    void removeFiles();

    SecretStore *m_secrets;
    QStringList m_names;
    UserDataPlaces m_places;
    Done m_done;
    EraseReport m_report;
};

}  // namespace vida3::studio
