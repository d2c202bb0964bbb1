// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/secretstore.h"

#include <QHash>

namespace vida3::studio {

// Keeps secrets in this process's memory for the session only: the fallback when no keychain
// works. Never writes a file, never logs a value; values are overwritten before release.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void readSecret(const QString &name, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &name, const QString &value, QObject *context, StatusCallback done) override;
    void deleteSecret(const QString &name, QObject *context, StatusCallback done) override;
    bool isPersistent() const override { return false; }

    // The sentence the UI shows when this store is in use.
    static QString sessionOnlyNotice();

private:
    void erase(const QString &name);

    QHash<QString, QString> m_secrets;
};

}  // namespace vida3::studio
