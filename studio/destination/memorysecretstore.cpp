// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/memorysecretstore.h"

#include <QCoreApplication>

namespace vida3::studio {

namespace {

// Best effort: QString may have made copies elsewhere, but the store's own buffer is cleared.
void scrub(QString &value)
{
    value.fill(QChar(u'\0'));
    value.clear();
}

Error emptyName()
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("secret store: empty destination name")};
}

}  // namespace

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent)
{
    setAvailability(Availability::Available);
}

MemorySecretStore::~MemorySecretStore()
{
    for (QString &value : m_secrets)
        scrub(value);
}

void MemorySecretStore::readSecret(const QString &name, QObject *context, ReadCallback done)
{
    Expected<QString> result = name.isEmpty() ? Expected<QString>(emptyName())
        : m_secrets.contains(name)
        ? Expected<QString>(m_secrets.value(name))
        : Expected<QString>(Error{ErrorCode::SecretNotFound, QStringLiteral("memory store: no secret for ") + name});
    deliverLater(context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void MemorySecretStore::writeSecret(const QString &name, const QString &value, QObject *context, StatusCallback done)
{
    Status status;
    if (name.isEmpty()) {
        status = emptyName();
    } else {
        erase(name);
        m_secrets.insert(name, value);
    }
    deliverLater(context, [done = std::move(done), status] { done(status); });
}

void MemorySecretStore::deleteSecret(const QString &name, QObject *context, StatusCallback done)
{
    Status status;
    if (name.isEmpty())
        status = emptyName();
    else
        erase(name);
    deliverLater(context, [done = std::move(done), status] { done(status); });
}

QString MemorySecretStore::sessionOnlyNotice()
{
    return QCoreApplication::translate("MemorySecretStore",
                                       "No keychain available: the key is kept in memory for this session only.");
}

void MemorySecretStore::erase(const QString &name)
{
    const auto it = m_secrets.find(name);
    if (it == m_secrets.end())
        return;
    scrub(it.value());
    m_secrets.erase(it);
}

}  // namespace vida3::studio
