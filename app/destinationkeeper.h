// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "studio/destination/destination.h"
#include "studio/destination/memorysecretstore.h"

#include <QHash>
#include <QList>
#include <QObject>

class QSettings;

namespace vida3::studio {
class DestinationStore;
class SecretStore;
}  // namespace vida3::studio

namespace vida3::app {

// Remembers where the user streams: every destination (never its key) in the DestinationStore,
// its key in a SecretStore under the same name, and which destinations Go Live leaves out. When
// no keychain works, or it stops working, keys go to an in-memory store for this session only.
class DestinationKeeper : public QObject
{
    Q_OBJECT

public:
    DestinationKeeper(studio::DestinationStore &destinations, QSettings &uiSettings, QObject *parent = nullptr);

    // The store to keep keys in, once the keychain probe has answered; null: memory only.
    // Then reads the key of every saved destination (keyRestored()).
    void useSecretStore(studio::SecretStore *store);
    bool hasSecretStore() const { return m_store != nullptr; }
    bool isSessionOnly() const;

    // The saved destinations, sorted by name; available before any secret store is chosen.
    QList<studio::Destination> saved() const;
    bool isEnabled(const QString &name) const;
    void setEnabled(const QString &name, bool enabled);

    // Saves the destination and writes its key. Failures come back as problem().
    void remember(const studio::Destination &destination, const QString &streamKey);
    // Removes the destination and its key.
    void forget(const QString &name);

Q_SIGNALS:
    void storageChanged(bool sessionOnly);
    // Only for keys that were found.
    void keyRestored(const QString &name, const QString &streamKey);
    void problem(const vida3::Error &error);

private:
    void restoreKeys();
    void writeKey(const QString &name, const QString &streamKey);
    void fallBackToMemory();

    studio::DestinationStore &m_destinations;
    QSettings &m_uiSettings;
    studio::MemorySecretStore m_memory;
    studio::SecretStore *m_store = nullptr;  // outlives this keeper (composition root)
    QHash<QString, QString> m_pendingKeys;  // remembered before any store was chosen
};

}  // namespace vida3::app
