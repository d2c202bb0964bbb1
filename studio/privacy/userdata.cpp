// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/privacy/userdata.h"

#include "studio/destination/destinationstore.h"
#include "studio/destination/secretstore.h"
#include "studio/relay/relaysecret.h"
#include "studio/remote/remoteprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace vida3::studio {

UserDataPlaces UserDataPlaces::current()
{
    UserDataPlaces places;
    places.settingsFile = QSettings().fileName();
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::AppConfigLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        // A location Qt could not name (no organisation set) would be the user's whole folder.
        if (!folder.isEmpty() && !places.folders.contains(folder) && folder.contains(QCoreApplication::applicationName()))
            places.folders.append(folder);
    }
    return places;
}

QStringList UserDataPlaces::existing() const
{
    QStringList found;
    if (QFileInfo::exists(settingsFile))
        found.append(settingsFile);
    for (const QString &folder : folders) {
        if (QFileInfo::exists(folder))
            found.append(folder);
    }
    return found;
}

QStringList userSecretNames(const DestinationStore &destinations)
{
    QStringList names;
    for (const Destination &destination : destinations.list())
        names.append(destination.name);
    names.append(relay::RelaySecret::entryName());
    names.append(QLatin1String(remote::kPasswordSecretName));
    return names;
}

void UserDataEraser::erase(SecretStore *secrets, const QStringList &secretNames, const UserDataPlaces &places, Done done)
{
    auto *eraser = new UserDataEraser(secrets, secretNames, places, std::move(done));
    eraser->next();
}

UserDataEraser::UserDataEraser(SecretStore *secrets, QStringList names, UserDataPlaces places, Done done)
    : m_secrets(secrets), m_names(std::move(names)), m_places(std::move(places)), m_done(std::move(done))
{
}

void UserDataEraser::next()
{
    if (!m_secrets || m_names.isEmpty()) {
        removeFiles();
        return;
    }
    const QString name = m_names.takeFirst();
    m_secrets->deleteSecret(name, this, [this, name](Status deleted) {
        if (deleted) {
            ++m_report.secretsDeleted;
        } else if (deleted.error().code == ErrorCode::SecretStoreUnavailable) {
            // Each further call would wait for the same timeout: one line says it for all.
            m_report.failures.append(QStringLiteral("the keychain is not available (%1): %2 entries could not be removed")
                                         .arg(deleted.error().detail)
                                         .arg(m_names.size() + 1));
            m_names.clear();
        } else {
            m_report.failures.append(QStringLiteral("keychain entry %1: %2").arg(name, deleted.error().detail));
        }
        next();
    });
}

void UserDataEraser::removeFiles()
{
    // Through QSettings first: it holds the file's contents in memory and would write them back.
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }
    if (QFileInfo::exists(m_places.settingsFile)) {
        if (QFile::remove(m_places.settingsFile))
            m_report.removed.append(m_places.settingsFile);
        else
            m_report.failures.append(QStringLiteral("%1: cannot be removed").arg(m_places.settingsFile));
    }
    for (const QString &folder : std::as_const(m_places.folders)) {
        if (!QFileInfo::exists(folder))
            continue;
        if (QDir(folder).removeRecursively())
            m_report.removed.append(folder);
        else
            m_report.failures.append(QStringLiteral("%1: cannot be removed").arg(folder));
    }
    // The organisation's folders ("VIDA3") go too when nothing else is left in them.
    QStringList parents{QFileInfo(m_places.settingsFile).absolutePath()};
    for (const QString &folder : std::as_const(m_places.folders))
        parents.append(QFileInfo(folder).absolutePath());
    for (const QString &parent : std::as_const(parents)) {
        if (parent.endsWith(QCoreApplication::organizationName()) && QDir(parent).isEmpty())
            QDir().rmdir(parent);
    }
    const Done done = std::move(m_done);
    const EraseReport report = m_report;
    deleteLater();
    done(report);
}

}  // namespace vida3::studio
