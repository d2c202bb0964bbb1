// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/destinationstore.h"
#include "studio/destination/memorysecretstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using vida3::ErrorCode;
using vida3::Status;
using vida3::studio::Destination;
using vida3::studio::DestinationStore;
using vida3::studio::MemorySecretStore;

class TestDestinationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void listIsSorted();
    void namesWithSeparators();
    void replaceAndRemove();
    void rejectsBadInput();
    void keyNeverLandsInSettings();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("vida3-studio.ini")); }

    std::optional<QTemporaryDir> m_dir;
};

namespace {

Destination youtube()
{
    return {QStringLiteral("My YouTube"), QStringLiteral("youtube"), QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2"),
            QStringLiteral("rtmps://b.rtmps.youtube.com:443/live2?backup=1")};
}

Destination twitch()
{
    return {QStringLiteral("Twitch main"), QStringLiteral("twitch"),
            QStringLiteral("rtmps://ingest.global-contribute.live-video.net/app"), QString()};
}

}  // namespace

void TestDestinationStore::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestDestinationStore::roundTrip()
{
    {
        DestinationStore store(iniPath());
        QVERIFY(store.save(youtube()));
        QVERIFY(store.save(twitch()));
    }
    // A fresh instance reads what the first one wrote to disk.
    DestinationStore store(iniPath());
    const auto loaded = store.load(youtube().name);
    QVERIFY(loaded.hasValue());
    QCOMPARE(*loaded, youtube());
    const auto noBackup = store.load(twitch().name);
    QVERIFY(noBackup.hasValue());
    QCOMPARE(*noBackup, twitch());
    QVERIFY(noBackup->backupUrl.isEmpty());
}

void TestDestinationStore::listIsSorted()
{
    DestinationStore store(iniPath());
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.save(youtube()));
    QVERIFY(store.save(twitch()));
    Destination a = twitch();
    a.name = QStringLiteral("A first");
    QVERIFY(store.save(a));
    const QList<Destination> all = store.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("A first"));
    QCOMPARE(all.at(1), youtube());
    QCOMPARE(all.at(2), twitch());
}

void TestDestinationStore::namesWithSeparators()
{
    DestinationStore store(iniPath());
    Destination odd = twitch();
    odd.name = QStringLiteral("a/b\\c %20 [x]=y; ü");
    QVERIFY(store.save(odd));
    QVERIFY(store.save(twitch()));
    const auto loaded = store.load(odd.name);
    QVERIFY(loaded.hasValue());
    QCOMPARE(*loaded, odd);
    QCOMPARE(store.list().size(), 2);
    QVERIFY(store.remove(odd.name));
    QCOMPARE(store.list(), QList<Destination>{twitch()});
}

void TestDestinationStore::replaceAndRemove()
{
    DestinationStore store(iniPath());
    QVERIFY(store.save(youtube()));
    Destination changed = youtube();
    changed.backupUrl.clear();
    changed.serverUrl = QStringLiteral("rtmp://a.rtmp.youtube.com/live2");
    QVERIFY(store.save(changed));
    QCOMPARE(store.list(), QList<Destination>{changed});
    QCOMPARE(*store.load(changed.name), changed);  // the old backup URL is gone

    QVERIFY(store.remove(changed.name));
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.remove(changed.name));  // removing twice is fine
    const auto missing = store.load(changed.name);
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().code, ErrorCode::InvalidArgument);
}

void TestDestinationStore::rejectsBadInput()
{
    DestinationStore store(iniPath());
    Destination noName = youtube();
    noName.name = QStringLiteral("  ");
    const Status unnamed = store.save(noName);
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().code, ErrorCode::InvalidArgument);
    Destination noPreset = youtube();
    noPreset.presetId.clear();
    QVERIFY(!store.save(noPreset));
    QVERIFY(!store.load(QString()).hasValue());
    QVERIFY(store.list().isEmpty());
}

void TestDestinationStore::keyNeverLandsInSettings()
{
    const QString key = QStringLiteral("live_123456789_SuperSecretKeyValue");
    MemorySecretStore secrets;
    std::optional<Status> written;
    secrets.writeSecret(youtube().name, key, this, [&written](Status s) { written = s; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(*written);
    {
        DestinationStore store(iniPath());
        QVERIFY(store.save(youtube()));
        QVERIFY(store.save(twitch()));
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("a.rtmps.youtube.com"));
    QVERIFY(!contents.contains(key.toUtf8()));
    QVERIFY(!contents.contains("SuperSecret"));
    QVERIFY(!contents.toLower().contains("key"));
    // Only the settings file itself was written.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("vida3-studio.ini")});
}

QTEST_GUILESS_MAIN(TestDestinationStore)
#include "tst_destinationstore.moc"
