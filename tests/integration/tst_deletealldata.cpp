// SPDX-License-Identifier: GPL-2.0-or-later
// "Delete all my data" end to end: a studio with a saved destination (its key in a real
// gnome-keyring on a private D-Bus session), the relay secret and remote-control password in the
// keychain, a kept session history and settings; --delete-all-data asks first, refuses without a
// terminal unless --yes, and then leaves no file of ours in the config, data and cache folders and
// no entry of ours in the keychain. The user's recording stays.
#include "secretscan.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/keychainsecretstore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace vida3;
using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
const QString kKey = QStringLiteral("live_erase_me_4c0ffee");

// Every file and folder under the private home's config, data and cache folders.
QStringList ourFiles(const StudioProcess &studio)
{
    QStringList found;
    for (const char *folder : {"/config", "/data", "/cache"}) {
        QDirIterator it(studio.homeDir() + QLatin1String(folder), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next().mid(studio.homeDir().size()));
    }
    found.sort();
    return found;
}
}  // namespace

class TestDeleteAllData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    }

    void leavesNothingOfOursBehind()
    {
        StudioProcess studio(studioBinary());
        studio.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        {
            studio::DestinationStore store(studio.configDir() + QStringLiteral("/VIDA3/vida3-studio.conf"));
            QVERIFY(store.save({QStringLiteral("My X"), QStringLiteral("x"), QStringLiteral("rtmps://de.pscp.tv:443/x"), {}}).hasValue());
        }
        studio::KeychainSecretStore keychain;
        int written = 0;
        for (const QString &name : {QStringLiteral("My X"), QStringLiteral("relay-secret"), QStringLiteral("remote-control-password")}) {
            keychain.writeSecret(name, kKey, this, [&](Status s) {
                QVERIFY2(s.hasValue(), qPrintable(s.error().detail));
                ++written;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(written, 3, 20000);

        // A recording session: the history keeps it in the data folder; the file is the user's.
        const QString recording = studio.workFile(QStringLiteral("take.mkv"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--record"), recording, QStringLiteral("--duration"),
                              QStringLiteral("2")}));
        QVERIFY2(studio.waitForExit(60000), qPrintable(studio.output()));
        QCOMPARE(studio.exitCode(), 0);
        const QStringList before = ourFiles(studio);
        QVERIFY2(before.contains(QStringLiteral("/config/VIDA3/vida3-studio.conf")), qPrintable(before.join(u' ')));
        QVERIFY2(before.contains(QStringLiteral("/data/VIDA3/vida3-studio/history.jsonl")), qPrintable(before.join(u' ')));

        // Without a terminal to ask on, nothing happens without --yes.
        QVERIFY(studio.start({QStringLiteral("--delete-all-data")}));
        QVERIFY(studio.waitForExit(30000));
        QCOMPARE(studio.exitCode(), 2);
        QVERIFY2(studio.output().contains(QStringLiteral("add --yes")), qPrintable(studio.output()));
        QCOMPARE(ourFiles(studio), before);

        QVERIFY(studio.start({QStringLiteral("--delete-all-data"), QStringLiteral("--yes")}));
        QVERIFY2(studio.waitForExit(60000), qPrintable(studio.output()));
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        QVERIFY2(studio.output().contains(QStringLiteral("removed 3 keychain entries")), qPrintable(studio.output()));
        // Nothing of ours is left in the three folders (the XDG folders themselves may stay).
        const QStringList after = ourFiles(studio);
        for (const QString &path : after)
            QVERIFY2(!path.contains(QLatin1String("VIDA3")) && !path.contains(QLatin1String("vida3")), qPrintable(after.join(u' ')));
        QVERIFY2(QFileInfo(recording).size() > 10000, "the recording is the user's and stays");

        for (const QString &name : {QStringLiteral("My X"), QStringLiteral("relay-secret"), QStringLiteral("remote-control-password")}) {
            bool answered = false;
            keychain.readSecret(name, this, [&](Expected<QString> value) {
                QVERIFY2(!value && value.error().code == ErrorCode::SecretNotFound, qPrintable(name));
                answered = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        }
        const SecretScan scan(kKey);
        QVERIFY2(!scan.foundIn(studio.output().toUtf8()), qPrintable(studio.output()));
    }
};

QTEST_GUILESS_MAIN(TestDeleteAllData)
#include "tst_deletealldata.moc"
