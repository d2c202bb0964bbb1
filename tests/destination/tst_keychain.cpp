// SPDX-License-Identifier: GPL-2.0-or-later
// Runs under tests/support/keyring/with-keyring.sh: a private D-Bus session with an unlocked
// gnome-keyring. Every wait is bounded: the store's own job timeout, then QTRY's.
#include "studio/destination/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <optional>

using vida3::ErrorCode;
using vida3::Expected;
using vida3::Status;
using vida3::studio::KeychainSecretStore;
using vida3::studio::SecretStore;

namespace {

constexpr int kJobTimeoutMs = 8000;
constexpr int kWaitMs = kJobTimeoutMs + 4000;  // the store answers first, even when it times out

// QVERIFY2 evaluates its message even on success; Expected::error() is only valid on failure.
QString detailOf(const Expected<QString> &result)
{
    return result ? QString() : result.error().detail;
}

}  // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probe();
    void roundTrip();
    void overwrite();
    void deleteMissing();
    void unicodeValue();
    void storedInTheSecretService();
    void destroyedContextIsNotCalled();

private:
    Status write(const QString &name, const QString &value);
    Expected<QString> read(const QString &name);
    Status remove(const QString &name);
    static QString uniqueName() { return QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

    KeychainSecretStore *m_store = nullptr;
};

Status TestKeychain::write(const QString &name, const QString &value)
{
    std::optional<Status> result;
    m_store->writeSecret(name, value, this, [&result](Status s) { result = std::move(s); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs); }();
    return result.value_or(Status(vida3::Error{ErrorCode::Cancelled, QStringLiteral("no answer")}));
}

Expected<QString> TestKeychain::read(const QString &name)
{
    std::optional<Expected<QString>> result;
    m_store->readSecret(name, this, [&result](Expected<QString> e) { result = std::move(e); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs); }();
    return result ? std::move(*result) : Expected<QString>(vida3::Error{ErrorCode::Cancelled, QStringLiteral("no answer")});
}

Status TestKeychain::remove(const QString &name)
{
    std::optional<Status> result;
    m_store->deleteSecret(name, this, [&result](Status s) { result = std::move(s); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs); }();
    return result.value_or(Status(vida3::Error{ErrorCode::Cancelled, QStringLiteral("no answer")}));
}

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/keyring/with-keyring.sh (ctest does)");
    m_store = new KeychainSecretStore(this, kJobTimeoutMs);
    QCOMPARE(m_store->availability(), SecretStore::Availability::Unknown);
    QVERIFY(m_store->isPersistent());
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("vida3-studio"));
    QCOMPARE(KeychainSecretStore::entryKey(QStringLiteral("Main")), QStringLiteral("destination/Main/stream-key"));
}

void TestKeychain::probe()
{
    QSignalSpy availability(m_store, &SecretStore::availabilityChanged);
    std::optional<Status> result;
    m_store->probeKeychain(this, [&result](Status s) { result = std::move(s); });
    QVERIFY(!result.has_value());  // asynchronous: never answered inside the call
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2 * kWaitMs);
    QVERIFY2(result->hasValue(), qPrintable(result->error().detail));
    QCOMPARE(m_store->availability(), SecretStore::Availability::Available);
    QCOMPARE(availability.count(), 1);
}

void TestKeychain::roundTrip()
{
    const QString name = uniqueName();
    const QString key = QStringLiteral("live_123456789_RoundTripKey");
    QElapsedTimer elapsed;
    elapsed.start();

    const Status written = write(name, key);
    QVERIFY2(written.hasValue(), qPrintable(written.error().detail));
    const auto readBack = read(name);
    QVERIFY2(readBack.hasValue(), qPrintable(detailOf(readBack)));
    QCOMPARE(*readBack, key);
    const Status removed = remove(name);
    QVERIFY2(removed.hasValue(), qPrintable(removed.error().detail));
    const auto gone = read(name);
    QVERIFY(!gone.hasValue());
    QCOMPARE(gone.error().code, ErrorCode::SecretNotFound);
    QVERIFY(!gone.error().detail.contains(key));
    QCOMPARE(m_store->availability(), SecretStore::Availability::Available);
    qInfo("write, read, delete, read: %lld ms", static_cast<long long>(elapsed.elapsed()));
}

void TestKeychain::overwrite()
{
    const QString name = uniqueName();
    QVERIFY(write(name, QStringLiteral("first-value-1")));
    QVERIFY(write(name, QStringLiteral("second-value-2")));
    const auto value = read(name);
    QVERIFY(value.hasValue());
    QCOMPARE(*value, QStringLiteral("second-value-2"));
    QVERIFY(remove(name));
}

void TestKeychain::deleteMissing()
{
    const Status removed = remove(uniqueName());
    QVERIFY2(removed.hasValue(), qPrintable(removed.error().detail));
    const auto missing = read(uniqueName());
    QCOMPARE(missing.error().code, ErrorCode::SecretNotFound);
}

void TestKeychain::unicodeValue()
{
    const QString name = QStringLiteral("Zoë's stream/main");  // a name with a slash and non-ASCII
    const QString value = QStringLiteral("clé-ünïcødé-🔑-?&=");
    QVERIFY(write(name, value));
    const auto readBack = read(name);
    QVERIFY(readBack.hasValue());
    QCOMPARE(*readBack, value);
    QVERIFY(remove(name));
}

// The value must really be in the Secret Service under the documented attributes, not in a
// cache of ours. secret-tool gets only attributes on its command line; the value comes back on
// stdout.
void TestKeychain::storedInTheSecretService()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        QFAIL("secret-tool (libsecret-tools) is missing: ./test.sh installs it");
    const QString name = uniqueName();
    const QString key = QStringLiteral("live_987654321_SeenBySecretTool");
    QVERIFY(write(name, key));

    QProcess lookup;
    lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), KeychainSecretStore::serviceName(),
                        QStringLiteral("user"), KeychainSecretStore::entryKey(name)});
    QVERIFY(lookup.waitForFinished(kWaitMs));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), key);

    QVERIFY(remove(name));
    lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), KeychainSecretStore::serviceName(),
                        QStringLiteral("user"), KeychainSecretStore::entryKey(name)});
    QVERIFY(lookup.waitForFinished(kWaitMs));
    QVERIFY(lookup.readAllStandardOutput().isEmpty());
}

void TestKeychain::destroyedContextIsNotCalled()
{
    const QString name = uniqueName();
    int calls = 0;
    auto *context = new QObject;
    m_store->writeSecret(name, QStringLiteral("never-reported"), context, [&calls](const Status &) { ++calls; });
    delete context;
    // The next call finishes after the first (QtKeychain runs jobs in order).
    const auto value = read(name);
    QVERIFY(value.hasValue());
    QCOMPARE(calls, 0);
    QVERIFY(remove(name));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
