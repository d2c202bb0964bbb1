// SPDX-License-Identifier: GPL-2.0-or-later
// Desktop alerts over a real session bus (dbus-run-session): the test owns
// org.freedesktop.Notifications on a connection of its own, as a notification daemon does, and
// the window streams to a real nginx-rtmp. Killing the server brings "reconnecting", then (with
// one attempt allowed) "failed", urgent, naming the destination and never its key; a kind switched
// off in View > Alerts stays quiet while the others still come.
#include "app/alerts/alertcenter.h"
#include "app/destinationlist.h"
#include "app/destinationrow.h"
#include "nginxrtmpserver.h"
#include "testchecks.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace vida3;
using namespace vida3::tests;
using encoder::OutputState;

namespace {
const QString kServiceName = QStringLiteral("org.freedesktop.Notifications");

struct Notification
{
    QString app;
    QString summary;
    QString body;
    int urgency = -1;
};

// What a notification daemon offers, enough for any client.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Notification> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        received.append({app, summary, body, hints.value(QStringLiteral("urgency"), -1).toInt()});
        return static_cast<uint>(received.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    void CloseNotification(uint) {}
};
}  // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedServerIsAnnounced();

private:
    void add(app::StudioWindow &window, const QString &name, const QString &url, const QString &key);
    int count(const QString &summaryPart) const;

    NotificationServer m_server;
    WindowFixture m_fixture;
};

void TestAlerts::initTestCase()
{
    if (const QString why = testsupport::NginxRtmpServer::unavailableReason(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    QDBusConnection daemon = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("daemon"));
    QVERIFY2(daemon.isConnected(), "no session bus: run under dbus-run-session");
    QVERIFY(daemon.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server, QDBusConnection::ExportAllSlots));
    QVERIFY(daemon.registerService(kServiceName));
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(kServiceName));
    QVERIFY(m_fixture.setUp());
}

void TestAlerts::add(app::StudioWindow &window, const QString &name, const QString &url, const QString &key)
{
    QVERIFY(WindowFixture::addDestination(window, name, url, key));
}

int TestAlerts::count(const QString &summaryPart) const
{
    return static_cast<int>(std::count_if(m_server.received.cbegin(), m_server.received.cend(),
                                          [&](const Notification &n) { return n.summary.contains(summaryPart); }));
}

void TestAlerts::killedServerIsAnnounced()
{
    std::unique_ptr<app::StudioWindow> window = m_fixture.makeWindow(&m_fixture.secrets());
    window->show();
    // One attempt one second after the drop, so the failure follows quickly.
    requireChild<QDoubleSpinBox>(*window, "reconnectFirstDelaySpin")->setValue(1);
    requireChild<QSpinBox>(*window, "reconnectAttemptsSpin")->setValue(1);
    const QString key = QStringLiteral("alert-key-7Hq2Zp");
    testsupport::NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    add(*window, QStringLiteral("Show"), server.ingestUrl(), key);
    app::DestinationRow *row = window->destinationList()->row(QStringLiteral("Show"));
    auto *goLive = requireChild<QPushButton>(*window, "goLiveButton");
    QTRY_VERIFY(goLive->isEnabled());
    goLive->click();
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OutputState::Live, 15000);
    QCOMPARE(m_server.received.size(), 0);  // going live is no alert

    server.kill();  // as a crash would
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("“Show” is reconnecting")) == 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("“Show” failed")) == 1, 20000);
    for (const Notification &n : std::as_const(m_server.received)) {
        QCOMPARE(n.app, QStringLiteral("VIDA³ Studio"));
        QVERIFY2(!leaksKey(key, n.summary + n.body), qPrintable(n.body));
    }
    const auto failed = std::find_if(m_server.received.cbegin(), m_server.received.cend(),
                                     [](const Notification &n) { return n.summary.contains(u"failed"); });
    QCOMPARE(failed->urgency, 2);  // critical: a notification daemon keeps it on screen
    QVERIFY(!failed->body.isEmpty());

    // Reconnecting alerts switched off: the failure still comes, the reconnect stays quiet.
    window->alerts()->setEnabled(app::AlertCenter::Kind::Reconnecting, false);
    m_server.received.clear();
    QVERIFY2(server.restart(), qPrintable(server.lastError()));  // the same port
    goLive->click();
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OutputState::Live, 15000);
    server.kill();  // as a crash would
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("“Show” failed")) == 1, 20000);
    QCOMPARE(count(QStringLiteral("reconnecting")), 0);
    window->alerts()->setEnabled(app::AlertCenter::Kind::Reconnecting, true);
}

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
