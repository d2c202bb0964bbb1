// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace vida3::studio {
class SecretStore;
}

namespace vida3::studio::relay {

// The per-install key that signs relay tokens: 32 random bytes in the keychain (SecretStore
// entry kEntryName, stored base64url), created on first use. Where no keychain exists the
// environment variable VIDA3_RELAY_SECRET (at least 16 bytes) is used instead, and wins when
// set. Rotating writes a fresh secret: every token signed with the old one stops validating.
// Callbacks run later on the store's thread, only while context lives (SecretStore rules).
// The secret never reaches a log: callers register it with the SecretRedactor.
class RelaySecret
{
public:
    using Callback = std::function<void(Expected<QByteArray>)>;

    static constexpr int kSecretBytes = 32;
    static constexpr int kMinEnvBytes = 16;
    static QString entryName() { return QStringLiteral("relay-secret"); }
    static const char *environmentVariable() { return "VIDA3_RELAY_SECRET"; }

    // The secret, creating and saving one on first use.
    static void load(SecretStore &store, QObject *context, Callback done);
    // A new secret, saved; an error when the secret comes from the environment.
    static void rotate(SecretStore &store, QObject *context, Callback done);

    static QByteArray generate();  // QRandomGenerator::system
    static QString encode(const QByteArray &secret);
    // The secret from the environment variable: empty when unset, an error when too short.
    static Expected<QByteArray> fromEnvironment();
};

}  // namespace vida3::studio::relay
