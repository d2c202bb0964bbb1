// SPDX-License-Identifier: GPL-2.0-or-later
// Runs under tests/support/keyring/without-keyring.sh (no session bus, no display) and, as
// tst_keychain_locked, under with-keyring.sh --locked (a bus whose keyring cannot be unlocked).
// The keychain must report SecretStoreUnavailable quickly (no hang, no plaintext fallback), and
// MemorySecretStore must carry the session.
#include "studio/destination/keychainsecretstore.h"
#include "studio/destination/memorysecretstore.h"
#include "encoder/secretredactor.h"
#include "studio/relay/relayservice.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using vida3::ErrorCode;
using vida3::Expected;
using vida3::Status;
using vida3::studio::KeychainSecretStore;
using vida3::studio::MemorySecretStore;
using vida3::studio::SecretStore;

namespace {

constexpr int kJobTimeoutMs = 5000;
constexpr int kWaitMs = kJobTimeoutMs + 3000;

QStringList filesUnder(const QString &path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

}  // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readReportsUnavailable();
    void writeReportsUnavailable();
    void probeReportsUnavailable();
    void timeoutGuard();
    void memoryStoreRoundTrip();
    void memoryStoreIsAsynchronous();
    void memoryStoreHonoursContext();
    void relayKeepsASessionSecret();
    void nothingWrittenToDisk();

private:
    bool lockedScenario() const { return qgetenv("VIDA3_KEYCHAIN_SCENARIO") == "locked"; }

    QStringList m_homeFilesBefore;
};

void TestKeychainUnavailable::initTestCase()
{
    if (lockedScenario()) {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/keyring/with-keyring.sh --locked (ctest does)");
    } else {
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/keyring/without-keyring.sh (ctest does)");
    }
    m_homeFilesBefore = filesUnder(QDir::homePath());
}

void TestKeychainUnavailable::readReportsUnavailable()
{
    KeychainSecretStore store(nullptr, kJobTimeoutMs);
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    std::optional<Expected<QString>> result;
    QElapsedTimer elapsed;
    elapsed.start();
    store.readSecret(QStringLiteral("main"), this, [&result](Expected<QString> e) { result = std::move(e); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QVERIFY(!result->hasValue());
    QVERIFY(!result->error().detail.isEmpty());
    if (lockedScenario()) {
        // Secret Service searches only unlocked items: a locked keyring looks empty to a read,
        // which therefore proves nothing either way.
        QCOMPARE(result->error().code, ErrorCode::SecretNotFound);
        QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
        QCOMPARE(availability.count(), 0);
        return;
    }
    QCOMPARE(result->error().code, ErrorCode::SecretStoreUnavailable);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.first().first().value<SecretStore::Availability>(), SecretStore::Availability::Unavailable);
    qInfo("unavailable after %lld ms: %s", static_cast<long long>(elapsed.elapsed()),
          qPrintable(result->error().detail));
}

void TestKeychainUnavailable::writeReportsUnavailable()
{
    KeychainSecretStore store(nullptr, kJobTimeoutMs);
    const QString key = QStringLiteral("live_123_MustNotLeak");
    std::optional<Status> result;
    store.writeSecret(QStringLiteral("main"), key, this, [&result](Status s) { result = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QCOMPARE(result->error().code, ErrorCode::SecretStoreUnavailable);
    QVERIFY(!result->error().detail.contains(QLatin1String("MustNotLeak")));

    std::optional<Status> removed;
    store.deleteSecret(QStringLiteral("main"), this, [&removed](Status s) { removed = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), kWaitMs);
    // Deleting from a locked keyring deletes nothing and succeeds.
    QCOMPARE(removed->error().code, lockedScenario() ? ErrorCode::None : ErrorCode::SecretStoreUnavailable);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
}

void TestKeychainUnavailable::probeReportsUnavailable()
{
    KeychainSecretStore store(nullptr, kJobTimeoutMs);
    std::optional<Status> result;
    store.probeKeychain(this, [&result](Status s) { result = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QCOMPARE(result->error().code, ErrorCode::SecretStoreUnavailable);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY(!MemorySecretStore::sessionOnlyNotice().isEmpty());
}

// A keychain that never answers is bounded by the store's own timeout, and the late answer is
// dropped: each callback runs exactly once.
void TestKeychainUnavailable::timeoutGuard()
{
    KeychainSecretStore store(nullptr, 0);
    int calls = 0;
    std::optional<Expected<QString>> first;
    store.readSecret(QStringLiteral("main"), this, [&](Expected<QString> e) {
        ++calls;
        first = std::move(e);
    });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), kWaitMs);
    QCOMPARE(first->error().code, ErrorCode::SecretStoreUnavailable);
    qInfo("%s", qPrintable(first->error().detail));

    // Let the underlying job finish: a job on a generous store queues behind it.
    KeychainSecretStore patient(nullptr, kJobTimeoutMs);
    std::optional<Expected<QString>> second;
    patient.readSecret(QStringLiteral("main"), this, [&second](Expected<QString> e) { second = std::move(e); });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), kWaitMs);
    QCOMPARE(calls, 1);
}

void TestKeychainUnavailable::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    QCOMPARE(store.availability(), SecretStore::Availability::Available);
    QVERIFY(!store.isPersistent());
    const QString key = QStringLiteral("live_123456789_InMemory");

    std::optional<Status> written;
    store.writeSecret(QStringLiteral("main"), key, this, [&written](Status s) { written = std::move(s); });
    QTRY_VERIFY(written.has_value());
    QVERIFY(*written);

    std::optional<Expected<QString>> readBack;
    store.readSecret(QStringLiteral("main"), this, [&readBack](Expected<QString> e) { readBack = std::move(e); });
    QTRY_VERIFY(readBack.has_value());
    QVERIFY(readBack->hasValue());
    QCOMPARE(readBack->value(), key);

    std::optional<Status> removed;
    store.deleteSecret(QStringLiteral("main"), this, [&removed](Status s) { removed = std::move(s); });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);

    std::optional<Expected<QString>> gone;
    store.readSecret(QStringLiteral("main"), this, [&gone](Expected<QString> e) { gone = std::move(e); });
    QTRY_VERIFY(gone.has_value());
    QCOMPARE(gone->error().code, ErrorCode::SecretNotFound);

    std::optional<Status> unnamed;
    store.writeSecret(QString(), key, this, [&unnamed](Status s) { unnamed = std::move(s); });
    QTRY_VERIFY(unnamed.has_value());
    QCOMPARE(unnamed->error().code, ErrorCode::InvalidArgument);
}

void TestKeychainUnavailable::memoryStoreIsAsynchronous()
{
    MemorySecretStore store;
    bool called = false;
    store.readSecret(QStringLiteral("main"), this, [&called](const Expected<QString> &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestKeychainUnavailable::memoryStoreHonoursContext()
{
    MemorySecretStore store;
    int calls = 0;
    auto *context = new QObject;
    store.writeSecret(QStringLiteral("main"), QStringLiteral("value-1"), context, [&calls](const Status &) { ++calls; });
    delete context;
    bool later = false;
    store.readSecret(QStringLiteral("main"), this, [&later](const Expected<QString> &e) { later = e.hasValue(); });
    QTRY_VERIFY(later);  // the write happened, only its report was dropped
    QCOMPARE(calls, 0);
}

// Browser sources without a keychain: the window's relay runs on a secret made for the session
// (no environment variable to set); a headless run still asks for one that lasts.
void TestKeychainUnavailable::relayKeepsASessionSecret()
{
    using vida3::studio::relay::RelayConfig;
    using vida3::studio::relay::RelayService;
    qunsetenv("VIDA3_RELAY_SECRET");
    vida3::SecretRedactor redactor;
    KeychainSecretStore store(nullptr, kJobTimeoutMs);
    RelayConfig config;
    config.port = 0;
    {
        RelayService headless(config, 48000, 2, store, redactor);
        std::optional<Status> started;
        headless.start([&started](Status s) { started = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), kWaitMs);
        QVERIFY(!started->hasValue());
        QCOMPARE(started->error().code, ErrorCode::SecretStoreUnavailable);
        QVERIFY(started->error().detail.contains(u"VIDA3_RELAY_SECRET"));
        QVERIFY(!headless.isRunning());
    }
    RelayService window(config, 48000, 2, store, redactor);
    window.allowSessionSecret(true);
    std::optional<Status> started;
    window.start([&started](Status s) { started = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), kWaitMs);
    QVERIFY2(started->hasValue(), qPrintable(started->error().detail));
    QVERIFY(window.isRunning());
    QVERIFY(window.secretIsForThisSession());
    const Expected<QString> before = window.issueToken(QStringLiteral("camera"), 3600);
    QVERIFY(before.hasValue());
    // Rotation works without a keychain too: a new session secret, so new tokens differ.
    std::optional<Status> rotated;
    window.rotateSecret([&rotated](Status s) { rotated = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(rotated.has_value(), kWaitMs);
    QVERIFY(rotated->hasValue());
    const Expected<QString> after = window.issueToken(QStringLiteral("camera"), 3600);
    QVERIFY(after.hasValue());
    QVERIFY(*after != *before);
    // Neither the secret nor a token is ever shown: the redactor knows them.
    QVERIFY(!redactor.redact(*after).contains(*after));
}

void TestKeychainUnavailable::nothingWrittenToDisk()
{
    // No plaintext fallback anywhere in the private HOME the wrapper made.
    if (lockedScenario())
        QSKIP("the activated gnome-keyring-daemon keeps its own files in HOME");
    QCOMPARE(filesUnder(QDir::homePath()), m_homeFilesBefore);
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
