// SPDX-License-Identifier: GPL-2.0-or-later
// --destination NAME end to end: a destination saved the way the window saves it (URL in the
// settings, key in a real gnome-keyring on a private D-Bus session) streams headless, and the
// key stays out of the settings, the output and the command line.
#include "nginxrtmpserver.h"
#include "secretscan.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace vida3;
using namespace vida3::testsupport;
using namespace vida3::integration;

class TestStreamDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savedDestinationStreams();
    void destinationWithoutKeyIsBadInput();
    void unknownDestinationIsBadInput();

private:
    // StudioProcess keeps the developer's bus out; this test's private keyring bus goes in.
    static void useTestKeyring(StudioProcess &studio)
    {
        studio.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    }
    // Saves {name, x preset, url} where the studio process will read its settings.
    static void saveDestination(const StudioProcess &studio, const QString &name, const QString &url);
};

void TestStreamDestination::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
}

void TestStreamDestination::saveDestination(const StudioProcess &studio, const QString &name, const QString &url)
{
    // QSettings("VIDA3", "vida3-studio") on Linux: $XDG_CONFIG_HOME/VIDA3/vida3-studio.conf.
    studio::DestinationStore store(studio.configDir() + QStringLiteral("/VIDA3/vida3-studio.conf"));
    QVERIFY(store.save({name, QStringLiteral("x"), url, {}}).hasValue());
}

void TestStreamDestination::savedDestinationStreams()
{
    NginxRtmpServer server(NginxRtmpServer::PublishAuth::OnPublish, QStringLiteral("goodkey"));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    StudioProcess studio(studioBinary());
    useTestKeyring(studio);
    saveDestination(studio, QStringLiteral("My X"), server.ingestUrl());

    studio::KeychainSecretStore keychain;
    bool written = false;
    keychain.writeSecret(QStringLiteral("My X"), QStringLiteral("goodkey"), this, [&](Status s) {
        QVERIFY2(s.hasValue(), qPrintable(s.error().detail));
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 15000);

    QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--destination"), QStringLiteral("My X"),
                          QStringLiteral("--duration"), QStringLiteral("4")}));
    QTest::qWait(2000);
    QVERIFY(!studio.cmdline().join(' ').contains("goodkey"));
    QVERIFY2(studio.waitForExit(20000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    QCOMPARE(server.onPublishRequests().size(), 1);  // the keychain's key reached the server
    QVERIFY(server.stop());
    QCOMPARE(server.recordings().size(), 1);

    const SecretScan scan(QStringLiteral("goodkey"));
    QVERIFY2(!scan.foundIn(studio.output().toUtf8()), qPrintable(studio.output()));
    QVERIFY2(scan.filesContaining(studio.configDir()).isEmpty(),
             qPrintable(scan.filesContaining(studio.configDir()).join(u' ')));

    bool deleted = false;
    keychain.deleteSecret(QStringLiteral("My X"), this, [&](Status) { deleted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 15000);
}

void TestStreamDestination::destinationWithoutKeyIsBadInput()
{
    StudioProcess studio(studioBinary());
    useTestKeyring(studio);
    saveDestination(studio, QStringLiteral("No key"), QStringLiteral("rtmps://de.pscp.tv:443/x"));
    QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--destination"), QStringLiteral("No key"),
                          QStringLiteral("--duration"), QStringLiteral("4")}));
    QVERIFY(studio.waitForExit(20000));
    QCOMPARE(studio.exitCode(), 2);
    QVERIFY2(studio.output().contains(QStringLiteral("no stream key saved")), qPrintable(studio.output()));
}

void TestStreamDestination::unknownDestinationIsBadInput()
{
    StudioProcess studio(studioBinary());
    QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--destination"), QStringLiteral("Nowhere")}));
    QVERIFY(studio.waitForExit(20000));
    QCOMPARE(studio.exitCode(), 2);
    QVERIFY2(studio.output().contains(QStringLiteral("no saved destination called \"Nowhere\"")),
             qPrintable(studio.output()));
}

QTEST_GUILESS_MAIN(TestStreamDestination)
#include "tst_stream_destination.moc"
