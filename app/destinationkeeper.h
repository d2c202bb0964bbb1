// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "studio/destination/destination.h"
#include "studio/destination/memorysecretstore.h"

#include <QObject>

class QSettings;

namespace vida3::studio {
class DestinationStore;
class SecretStore;
}  // namespace vida3::studio

namespace vida3::app {

// Remembers where the user streams: the destination (never its key) in the DestinationStore,
// the key in a SecretStore under the same name, and which destination was used last. When no
// keychain works, or it stops working, keys go to an in-memory store for this session only.
class DestinationKeeper : public QObject
{
    Q_OBJECT

public:
    DestinationKeeper(studio::DestinationStore &destinations, QSettings &uiSettings, QObject *parent = nullptr);

    // The store to keep keys in, once the keychain probe has answered; null: memory only.
    // Then restores the last used destination and its key (restored()).
    void useSecretStore(studio::SecretStore *store);
    bool hasSecretStore() const { return m_store != nullptr; }
    bool isSessionOnly() const;

    // Saves the destination and writes its key. Failures come back as problem().
    void remember(const studio::Destination &destination, const QString &streamKey);

Q_SIGNALS:
    void storageChanged(bool sessionOnly);
    // The key is empty when none was saved.
    void restored(const vida3::studio::Destination &destination, const QString &streamKey);
    void problem(const vida3::Error &error);

private:
    void restoreLast();
    void writeKey(const QString &name, const QString &streamKey);
    void fallBackToMemory();

    studio::DestinationStore &m_destinations;
    QSettings &m_uiSettings;
    studio::MemorySecretStore m_memory;
    studio::SecretStore *m_store = nullptr;  // outlives this keeper (composition root)
    QString m_pendingName;  // a key remembered before any store was chosen
    QString m_pendingKey;
};

}  // namespace vida3::app
