// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationkeeper.h"

#include "studio/destination/destinationstore.h"
#include "studio/destination/secretstore.h"

#include <QSettings>

namespace vida3::app {

namespace {
const QString kLastDestinationKey = QStringLiteral("window/lastDestination");
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
    if (!m_pendingName.isEmpty()) {
        writeKey(m_pendingName, m_pendingKey);
        m_pendingName.clear();
        m_pendingKey.clear();
    }
    restoreLast();
}

void DestinationKeeper::fallBackToMemory()
{
    m_store = &m_memory;
    Q_EMIT storageChanged(true);
}

void DestinationKeeper::restoreLast()
{
    const QString name = m_uiSettings.value(kLastDestinationKey).toString();
    if (name.isEmpty())
        return;
    auto saved = m_destinations.load(name);
    if (!saved)
        return;
    const studio::Destination destination = saved.value();
    m_store->readSecret(name, this, [this, destination](Expected<QString> key) {
        if (!key && key.error().code == ErrorCode::SecretStoreUnavailable)
            fallBackToMemory();
        Q_EMIT restored(destination, key ? key.value() : QString());
    });
}

void DestinationKeeper::remember(const studio::Destination &destination, const QString &streamKey)
{
    if (Status saved = m_destinations.save(destination); !saved) {
        Q_EMIT problem(saved.error());
    } else {
        m_uiSettings.setValue(kLastDestinationKey, destination.name);
        m_uiSettings.sync();
    }
    if (!m_store) {
        m_pendingName = destination.name;
        m_pendingKey = streamKey;
        return;
    }
    writeKey(destination.name, streamKey);
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
