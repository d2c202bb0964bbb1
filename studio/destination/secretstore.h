// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace vida3::studio {

// Where stream keys live. Asynchronous because OS keychains are: every call returns at once
// and its callback runs later on the store's thread (never inside the call), and only while
// both the store and `context` are alive.
// Secrets are addressed by destination name; implementations never log or echo a value, and
// error details never contain one.
// Thread-safety: use from the thread the store lives on.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability : int { Unknown = 0, Available = 1, Unavailable = 2 };
    Q_ENUM(Availability)

    using ReadCallback = std::function<void(Expected<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    ~SecretStore() override;

    // Expected: the value, or SecretNotFound, or SecretStoreUnavailable. A locked keychain may
    // answer SecretNotFound: check with a write (KeychainSecretStore::probeKeychain) first.
    virtual void readSecret(const QString &name, QObject *context, ReadCallback done) = 0;
    // Replaces any previous value for `name`.
    virtual void writeSecret(const QString &name, const QString &value, QObject *context, StatusCallback done) = 0;
    // Deleting a secret that does not exist succeeds.
    virtual void deleteSecret(const QString &name, QObject *context, StatusCallback done) = 0;

    // False when values die with the process (MemorySecretStore).
    virtual bool isPersistent() const = 0;

    // Learned from outcomes: Available after a successful write or a read that found a value,
    // Unavailable after any failure other than SecretNotFound; Unknown before either.
    Availability availability() const { return m_availability; }

Q_SIGNALS:
    void availabilityChanged(vida3::studio::SecretStore::Availability availability);

protected:
    explicit SecretStore(QObject *parent = nullptr);
    void setAvailability(Availability availability);

    // Runs `call` on the next event-loop turn if `context` (when given) is still alive.
    void deliverLater(QObject *context, std::function<void()> call);
    // True when a context was given and has been destroyed since.
    static bool contextGone(bool hadContext, const QPointer<QObject> &context);

private:
    Availability m_availability = Availability::Unknown;
};

}  // namespace vida3::studio
