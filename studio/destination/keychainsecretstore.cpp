// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <memory>
#include <utility>

namespace vida3::studio {

namespace {

// A dummy entry for probeKeychain(); its value is not a secret.
const QString kProbeKey = QStringLiteral("probe");

Error emptyName()
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("secret store: empty destination name")};
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, int jobTimeoutMs)
    : SecretStore(parent), m_jobTimeoutMs(jobTimeoutMs)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("vida3-studio");
}

QString KeychainSecretStore::entryKey(const QString &name)
{
    return QStringLiteral("destination/") % name % QStringLiteral("/stream-key");
}

void KeychainSecretStore::readSecret(const QString &name, QObject *context, ReadCallback done)
{
    if (name.isEmpty()) {
        deliverLater(context, [done = std::move(done)] { done(emptyName()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(entryKey(name));
    run(
        job, context,
        [this, done](QKeychain::Job *finished) {
            const Status status = statusOf(finished);
            if (!status) {
                done(status.error());
                return;
            }
            setAvailability(Availability::Available);
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        },
        [done](const Status &timedOut) { done(timedOut.error()); });
}

void KeychainSecretStore::writeSecret(const QString &name, const QString &value, QObject *context,
                                      StatusCallback done)
{
    if (name.isEmpty()) {
        deliverLater(context, [done = std::move(done)] { done(emptyName()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(entryKey(name));
    job->setTextData(value);
    run(
        job, context,
        [this, done](QKeychain::Job *finished) {
            const Status status = statusOf(finished);
            if (status)
                setAvailability(Availability::Available);
            done(status);
        },
        done);
}

void KeychainSecretStore::deleteSecret(const QString &name, QObject *context, StatusCallback done)
{
    if (name.isEmpty()) {
        deliverLater(context, [done = std::move(done)] { done(emptyName()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(entryKey(name));
    run(job, context, [this, done](QKeychain::Job *finished) { done(statusOf(finished)); }, done);
}

void KeychainSecretStore::probeKeychain(QObject *context, StatusCallback done)
{
    auto *write = new QKeychain::WritePasswordJob(serviceName());
    write->setKey(kProbeKey);
    write->setTextData(QStringLiteral("vida3-probe"));
    run(
        write, context,
        [this, context, done](QKeychain::Job *written) {
            const Status status = statusOf(written);
            if (!status) {
                done(status);
                return;
            }
            auto *remove = new QKeychain::DeletePasswordJob(serviceName());
            remove->setKey(kProbeKey);
            setAvailability(Availability::Available);
            run(remove, context, [this, done](QKeychain::Job *removed) { done(statusOf(removed)); }, done);
        },
        done);
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context,
                              std::function<void(QKeychain::Job *)> onFinished, StatusCallback onTimeout)
{
    // A pending job must never be deleted: QtKeychain's libsecret callbacks hold a raw pointer
    // to it. So a timed-out job is left to finish (and auto-delete) on its own, unheard.
    job->setAutoDelete(true);
    const bool hadContext = context != nullptr;
    const QPointer<QObject> guard(context);
    const auto settled = std::make_shared<bool>(false);

    // Job::start() queues the work, so finished() never fires inside this call.
    connect(job, &QKeychain::Job::finished, this,
            [settled, hadContext, guard, onFinished = std::move(onFinished)](QKeychain::Job *finished) {
                if (std::exchange(*settled, true) || contextGone(hadContext, guard))
                    return;
                onFinished(finished);
            });
    QTimer::singleShot(m_jobTimeoutMs, this,
                       [this, settled, hadContext, guard, onTimeout = std::move(onTimeout)] {
                           if (std::exchange(*settled, true))
                               return;
                           setAvailability(Availability::Unavailable);
                           if (contextGone(hadContext, guard))
                               return;
                           onTimeout(Error{ErrorCode::SecretStoreUnavailable,
                                           QStringLiteral("keychain: no answer within %1 ms").arg(m_jobTimeoutMs)});
                       });
    job->start();
}

Status KeychainSecretStore::statusOf(const QKeychain::Job *job)
{
    // Only a failure changes availability here. Success is evidence only for a read that
    // returned a value or a write: on a locked keyring, Secret Service answers a lookup with
    // "no such item" and a delete of nothing with success.
    // errorString() comes from the backend (D-Bus, libsecret) and never carries the value.
    switch (job->error()) {
    case QKeychain::NoError:
        return Status::ok();
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::SecretNotFound, QStringLiteral("keychain: no entry ") + job->key()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    setAvailability(Availability::Unavailable);
    return Error{ErrorCode::SecretStoreUnavailable,
                 QStringLiteral("keychain: %1 (QtKeychain error %2)").arg(job->errorString()).arg(static_cast<int>(job->error()))};
}

}  // namespace vida3::studio
