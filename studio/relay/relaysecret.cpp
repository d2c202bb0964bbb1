// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relaysecret.h"

#include "studio/destination/secretstore.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace vida3::studio::relay {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error noKeychain(const Error &cause)
{
    return Error{ErrorCode::SecretStoreUnavailable,
                 QStringLiteral("the relay secret cannot be kept without a keychain (%1); set %2 to a random "
                                "string of at least %3 characters instead")
                     .arg(cause.detail, QString::fromLatin1(RelaySecret::environmentVariable()))
                     .arg(RelaySecret::kMinEnvBytes)};
}

void deliver(QObject *context, RelaySecret::Callback done, Expected<QByteArray> value)
{
    QTimer::singleShot(0, context, [done = std::move(done), value = std::move(value)] { done(value); });
}

void createAndSave(SecretStore &store, QObject *context, RelaySecret::Callback done)
{
    const QByteArray secret = RelaySecret::generate();
    store.writeSecret(RelaySecret::entryName(), RelaySecret::encode(secret), context,
                      [secret, done = std::move(done)](Status written) {
                          if (!written)
                              done(noKeychain(written.error()));
                          else
                              done(secret);
                      });
}
}  // namespace

QByteArray RelaySecret::generate()
{
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    return secret;
}

QString RelaySecret::encode(const QByteArray &secret)
{
    return QString::fromLatin1(secret.toBase64(kBase64Url));
}

Expected<QByteArray> RelaySecret::fromEnvironment()
{
    const QByteArray value = qgetenv(environmentVariable());
    if (!value.isEmpty() && value.size() < kMinEnvBytes)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1 is shorter than %2 characters")
                                                     .arg(QString::fromLatin1(environmentVariable()))
                                                     .arg(kMinEnvBytes)};
    return value;
}

void RelaySecret::load(SecretStore &store, QObject *context, Callback done)
{
    Expected<QByteArray> env = fromEnvironment();
    if (!env || !env->isEmpty()) {
        deliver(context, std::move(done), std::move(env));
        return;
    }
    QPointer<SecretStore> storeGuard(&store);
    store.readSecret(entryName(), context, [storeGuard, context, done](Expected<QString> saved) {
        if (saved) {
            const auto decoded = QByteArray::fromBase64Encoding(saved->toLatin1(),
                                                                kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && decoded.decoded.size() >= kMinEnvBytes) {
                done(decoded.decoded);
                return;
            }
        } else if (saved.error().code != ErrorCode::SecretNotFound) {
            done(noKeychain(saved.error()));
            return;
        }
        if (storeGuard)
            createAndSave(*storeGuard, context, done);  // first use, or an unreadable value
    });
}

void RelaySecret::rotate(SecretStore &store, QObject *context, Callback done)
{
    if (!qEnvironmentVariableIsEmpty(environmentVariable())) {
        deliver(context, std::move(done),
                Error{ErrorCode::InvalidArgument,
                      QStringLiteral("the relay secret comes from %1: change that variable to rotate it")
                          .arg(QString::fromLatin1(environmentVariable()))});
        return;
    }
    createAndSave(store, context, std::move(done));
}

}  // namespace vida3::studio::relay
