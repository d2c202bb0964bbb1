// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/relaycommand.h"

#include "app/applicationidentity.h"
#include "studio/destination/keychainsecretstore.h"
#include "studio/relay/relaysecret.h"
#include "studio/relay/relaytoken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

namespace vida3::app {

namespace {
constexpr int kExitBadInput = 2;

int fail(const Error &error)
{
    std::fprintf(stderr, "vida3-studio: %s\n", qUtf8Printable(error.detail));
    return kExitBadInput;
}
}  // namespace

bool isRelayCommand(const StudioOptions &options)
{
    return !options.relayTokenSource.isEmpty() || options.rotateRelaySecret;
}

int runRelayCommand(int argc, char *argv[], const StudioOptions &options)
{
    QCoreApplication application(argc, argv);
    applyApplicationIdentity();
    studio::KeychainSecretStore secrets;
    int exitCode = 0;
    auto finish = [&](int code) {
        exitCode = code;
        application.quit();
    };
    QTimer::singleShot(0, &application, [&] {
        if (options.rotateRelaySecret) {
            studio::relay::RelaySecret::rotate(secrets, &application, [&](Expected<QByteArray> secret) {
                if (!secret) {
                    finish(fail(secret.error()));
                    return;
                }
                std::fprintf(stderr, "vida3-studio: relay secret rotated: every relay token is revoked\n");
                finish(0);
            });
            return;
        }
        studio::relay::RelaySecret::load(secrets, &application, [&](Expected<QByteArray> secret) {
            if (!secret) {
                finish(fail(secret.error()));
                return;
            }
            const QString token = studio::relay::RelayToken::issue(*secret, options.relayTokenSource,
                                                                   options.relayTokenTtlSec,
                                                                   QDateTime::currentSecsSinceEpoch());
            // The token is this command's output, so it goes to stdout alone, never to a log.
            std::fprintf(stdout, "%s\n", qUtf8Printable(token));
            std::fflush(stdout);
            finish(0);
        });
    });
    application.exec();
    return exitCode;
}

}  // namespace vida3::app
