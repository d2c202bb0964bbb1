// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/secretstore.h"

namespace QKeychain {
class Job;
}

namespace vida3::studio {

// Stream keys in the OS keychain through QtKeychain (Secret Service via libsecret on Linux),
// service "vida3-studio", entry "destination/<name>/stream-key". Never falls back to a
// plaintext file: when the keychain fails, calls report SecretStoreUnavailable and the
// caller switches to MemorySecretStore.
// Every job is bounded by jobTimeoutMs: a keychain that never answers (a locked collection
// waiting for a prompt nobody can see) reports SecretStoreUnavailable instead of hanging.
// QtKeychain runs its jobs one at a time, so after a timeout later calls may time out too.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int kDefaultJobTimeoutMs = 10000;

    explicit KeychainSecretStore(QObject *parent = nullptr, int jobTimeoutMs = kDefaultJobTimeoutMs);
    ~KeychainSecretStore() override;

    void readSecret(const QString &name, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &name, const QString &value, QObject *context, StatusCallback done) override;
    void deleteSecret(const QString &name, QObject *context, StatusCallback done) override;
    bool isPersistent() const override { return true; }

    // Whether the keychain works right now: writes and deletes a dummy entry (a read alone
    // succeeds on a locked keyring). Ok, or SecretStoreUnavailable with the reason.
    void probeKeychain(QObject *context, StatusCallback done);

    static QString serviceName();
    static QString entryKey(const QString &name);

private:
    // Starts `job`; exactly one of onFinished / the timeout reports, through `done`.
    void run(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> onFinished,
             StatusCallback onTimeout);
    Status statusOf(const QKeychain::Job *job);

    int m_jobTimeoutMs;
};

}  // namespace vida3::studio
