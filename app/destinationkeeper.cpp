// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationkeeper.h"

#include "studio/destination/destinationstore.h"
#include "studio/destination/secretstore.h"

#include <QSettings>

namespace vida3::app {

namespace {
// Not under "destinations/": that group belongs to the DestinationStore.
const QString kDisabledKey = QStringLiteral("window/disabledDestinations");
}  // namespace

DestinationKeeper::DestinationKeeper(studio::DestinationStore &destinations, QSettings &uiSettings,
                                     QObject *parent)
    : QObject(parent), m_destinations(destinations), m_uiSettings(uiSettings)
{
}

bool DestinationKeeper::isSessionOnly() const
{
    return m_store && !m_store->isPersistent();
}

QList<studio::Destination> DestinationKeeper::saved() const
{
    return m_destinations.list();
}

bool DestinationKeeper::isEnabled(const QString &name) const
{
    return !m_uiSettings.value(kDisabledKey).toStringList().contains(name);
}

void DestinationKeeper::setEnabled(const QString &name, bool enabled)
{
    QStringList disabled = m_uiSettings.value(kDisabledKey).toStringList();
    disabled.removeAll(name);
    if (!enabled)
        disabled.append(name);
    m_uiSettings.setValue(kDisabledKey, disabled);
    m_uiSettings.sync();
}

void DestinationKeeper::useSecretStore(studio::SecretStore *store)
{
    m_store = store ? store : &m_memory;
    if (store && store != &m_memory) {
        connect(store, &studio::SecretStore::availabilityChanged, this,
                [this, store](studio::SecretStore::Availability availability) {
                    if (availability == studio::SecretStore::Availability::Unavailable && m_store == store)
                        fallBackToMemory();
                });
    }
    Q_EMIT storageChanged(isSessionOnly());
    const QHash<QString, QString> pending = std::exchange(m_pendingKeys, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        writeKey(it.key(), it.value());
    restoreKeys();
}

void DestinationKeeper::fallBackToMemory()
{
    m_store = &m_memory;
    Q_EMIT storageChanged(true);
}

void DestinationKeeper::restoreKeys()
{
    const QList<studio::Destination> destinations = saved();
    for (const studio::Destination &destination : destinations) {
        const QString name = destination.name;
        m_store->readSecret(name, this, [this, name](Expected<QString> key) {
            if (!key && key.error().code == ErrorCode::SecretStoreUnavailable)
                fallBackToMemory();
            if (key && !key.value().isEmpty())
                Q_EMIT keyRestored(name, key.value());
        });
    }
}

void DestinationKeeper::remember(const studio::Destination &destination, const QString &streamKey)
{
    if (Status saved = m_destinations.save(destination); !saved)
        Q_EMIT problem(saved.error());
    if (!m_store) {
        m_pendingKeys.insert(destination.name, streamKey);
        return;
    }
    writeKey(destination.name, streamKey);
}

void DestinationKeeper::forget(const QString &name)
{
    if (Status removed = m_destinations.remove(name); !removed)
        Q_EMIT problem(removed.error());
    setEnabled(name, true);
    m_pendingKeys.remove(name);
    if (!m_store)
        return;
    m_store->deleteSecret(name, this, [this](Status deleted) {
        if (!deleted && deleted.error().code != ErrorCode::SecretStoreUnavailable)
            Q_EMIT problem(deleted.error());
    });
}

void DestinationKeeper::writeKey(const QString &name, const QString &streamKey)
{
    studio::SecretStore *store = m_store;
    store->writeSecret(name, streamKey, this, [this, store, name, streamKey](Status written) {
        if (written)
            return;
        if (written.error().code == ErrorCode::SecretStoreUnavailable && store != &m_memory) {
            // The keychain went away: keep the key for this session at least.
            fallBackToMemory();
            writeKey(name, streamKey);
            return;
        }
        Q_EMIT problem(written.error());
    });
}

}  // namespace vida3::app
