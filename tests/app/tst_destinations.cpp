// SPDX-License-Identifier: GPL-2.0-or-later
// The destinations list against real sockets: a live nginx-rtmp ingest beside a closed port,
// the reconnect countdown and Reconnect now, the shared-encode notice, the Output settings.
#include "app/brandtheme.h"
#include "app/destinationform.h"
#include "app/destinationlist.h"
#include "app/destinationrow.h"
#include "app/encodeplan.h"
#include "app/statusline.h"
#include "app/studiowindow.h"
#include "nginxrtmpserver.h"
#include "testchecks.h"
#include "windowfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace vida3;
using encoder::OutputState;
using tests::leaksKey;

class TestDestinations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void restoresDestinationsAndKeys();
    void oneFailingDestinationLeavesTheOtherLive();
    void reconnectNowOnlyWhileReconnecting();
    void disagreeingPlatformsShareOneEncode();
    void impossibleEncodeDisablesGoLive();
    void outputSettingsPersist();

private:
    template <typename T>
    T *child(QObject *parent, const char *name) const
    {
        return tests::requireChild<T>(*parent, name);
    }
    void add(const QString &name, const QString &presetId, const QString &url, const QString &key,
             const QString &backupUrl = {});
    void checkNoKeyAnywhere(const QStringList &keys);

    std::unique_ptr<tests::WindowFixture> m_fixture;
    std::unique_ptr<app::StudioWindow> m_window;
};

void TestDestinations::initTestCase()
{
    app::applyBrandTheme(*qApp);
}

void TestDestinations::init()
{
    m_fixture = std::make_unique<tests::WindowFixture>();
    QVERIFY(m_fixture->setUp());
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
}

void TestDestinations::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestDestinations::add(const QString &name, const QString &presetId, const QString &url, const QString &key,
                           const QString &backupUrl)
{
    child<QPushButton>(m_window.get(), "addDestinationButton")->click();
    auto *editor = child<QDialog>(m_window.get(), "destinationEditor");
    QVERIFY(editor->isVisible());
    auto *preset = child<QComboBox>(editor, "presetCombo");
    preset->setCurrentIndex(preset->findData(presetId));
    child<QLineEdit>(editor, "destinationNameEdit")->setText(name);
    child<QLineEdit>(editor, "serverUrlEdit")->setText(url);
    child<QLineEdit>(editor, "backupUrlEdit")->setText(backupUrl);
    child<QLineEdit>(editor, "streamKeyEdit")->setText(key);
    auto *save = child<QPushButton>(editor, "saveDestinationButton");
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY(!editor->isVisible());
    QVERIFY(m_window->destinationList()->row(name));
}

void TestDestinations::checkNoKeyAnywhere(const QStringList &keys)
{
    for (const QString &key : keys) {
        const QString where = m_fixture->whereKeyLeaks(key, *m_window);
        QVERIFY2(where.isEmpty(), qPrintable(where));
    }
}

void TestDestinations::restoresDestinationsAndKeys()
{
    const QString key = QStringLiteral("live_9876_restored");
    const QString url = QStringLiteral("rtmp://ingest.global-contribute.live-video.net/app");
    QVERIFY(m_fixture->destinations().save({QStringLiteral("My Twitch"), QStringLiteral("twitch"), url, {}}));
    QVERIFY(m_fixture->destinations().save({QStringLiteral("Spare"), QStringLiteral("custom"),
                                            QStringLiteral("rtmp://127.0.0.1:1935/live"), {}}));
    m_fixture->uiSettings().setValue(QStringLiteral("window/disabledDestinations"), QStringList{QStringLiteral("Spare")});
    bool stored = false;
    m_fixture->secrets().writeSecret(QStringLiteral("My Twitch"), key, this,
                                     [&stored](Status s) { stored = s.hasValue(); });
    QTRY_VERIFY(stored);

    m_window = m_fixture->makeWindow(&m_fixture->secrets());  // reads what was saved above
    m_window->show();
    app::DestinationList *list = m_window->destinationList();
    QCOMPARE(list->names(), (QStringList{QStringLiteral("My Twitch"), QStringLiteral("Spare")}));
    QVERIFY(list->row(QStringLiteral("My Twitch"))->isIncluded());
    QVERIFY(!list->row(QStringLiteral("Spare"))->isIncluded());
    QTRY_VERIFY(child<QPushButton>(m_window.get(), "goLiveButton")->isEnabled());  // once the key is read back
    list->row(QStringLiteral("My Twitch"))->findChild<QToolButton *>(QStringLiteral("rowEdit"))->click();
    app::DestinationForm *form = m_window->destinationForm();
    QCOMPARE(form->streamKey(), key);
    QCOMPARE(form->presetId(), QStringLiteral("twitch"));
    QCOMPARE(form->serverUrl(), url);
    QCOMPARE(child<QLineEdit>(m_window.get(), "destinationNameEdit")->text(), QStringLiteral("My Twitch"));
}

void TestDestinations::oneFailingDestinationLeavesTheOtherLive()
{
    if (const QString why = testsupport::NginxRtmpServer::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    testsupport::NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QString goodKey = QStringLiteral("goodkey-Zq81xY");
    const QString badKey = QStringLiteral("badkey-Wv72pR");
    add(QStringLiteral("Ingest"), QStringLiteral("custom"), server.ingestUrl(), goodKey);
    add(QStringLiteral("Nowhere"), QStringLiteral("custom"), QStringLiteral("rtmp://127.0.0.1:1/live"), badKey);
    app::DestinationRow *good = m_window->destinationList()->row(QStringLiteral("Ingest"));
    app::DestinationRow *bad = m_window->destinationList()->row(QStringLiteral("Nowhere"));
    auto visible = [](app::DestinationRow *row, const char *name) {
        return row->findChild<QPushButton *>(QString::fromLatin1(name))->isVisibleTo(row);
    };
    QVERIFY(visible(good, "rowStart") && !visible(good, "rowReconnectNow"));

    auto *goLive = child<QPushButton>(m_window.get(), "goLiveButton");
    QVERIFY(goLive->isEnabled());
    goLive->click();
    QTRY_COMPARE_WITH_TIMEOUT(bad->state(), OutputState::Failed, 10000);
    QVERIFY2(bad->stateText().contains(QStringLiteral("nothing answered")), qPrintable(bad->stateText()));
    QVERIFY(visible(bad, "rowRetry") && !visible(bad, "rowStart") && !visible(bad, "rowReconnectNow"));
    QTRY_COMPARE_WITH_TIMEOUT(good->state(), OutputState::Live, 10000);
    QVERIFY(visible(good, "rowStop") && !visible(good, "rowRetry") && !visible(good, "rowReconnectNow"));
    // The live row counts on, untouched by the other's failure.
    QTRY_VERIFY_WITH_TIMEOUT(good->countersText().contains(QRegularExpression(QStringLiteral("^[1-9]\\d* kbps"))),
                             8000);
    QVERIFY2(good->targetText() == QStringLiteral("Primary: %1").arg(server.ingestUrl()), qPrintable(good->targetText()));
    QCOMPARE(good->congestionColour(), QColor(0x22, 0xc5, 0x5e));
    QCOMPARE(bad->state(), OutputState::Failed);
    QCOMPARE(m_window->statusLine()->stateText(), QStringLiteral("● Live"));
    QCOMPARE(goLive->text(), QStringLiteral("Stop streaming"));
    if (const QString shots = qEnvironmentVariable("VIDA3_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("destinations-live.png")));
    checkNoKeyAnywhere({goodKey, badKey});

    // Retry touches only the failed row.
    bad->findChild<QPushButton *>(QStringLiteral("rowRetry"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(bad->state(), OutputState::Failed, 10000);
    QCOMPARE(good->state(), OutputState::Live);

    goLive->click();  // Stop stops all
    QTRY_COMPARE_WITH_TIMEOUT(good->state(), OutputState::Stopped, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(goLive->text(), QStringLiteral("Go Live"), 5000);
    QVERIFY(!server.recordings().isEmpty());
}

void TestDestinations::reconnectNowOnlyWhileReconnecting()
{
    // Long first delay: the countdown stays visible, and only Reconnect now brings attempt 2 soon.
    child<QDoubleSpinBox>(m_window.get(), "reconnectFirstDelaySpin")->setValue(30);
    child<QSpinBox>(m_window.get(), "reconnectAttemptsSpin")->setValue(5);
    const QString key = QStringLiteral("key-Pq19zT");
    // Neither URL answers; with a backup the first failure is retried on the other URL.
    add(QStringLiteral("Flaky"), QStringLiteral("custom"), QStringLiteral("rtmp://127.0.0.1:1/live"), key,
        QStringLiteral("rtmp://127.0.0.1:2/live"));
    app::DestinationRow *row = m_window->destinationList()->row(QStringLiteral("Flaky"));
    auto *reconnectNow = row->findChild<QPushButton *>(QStringLiteral("rowReconnectNow"));
    QVERIFY(!reconnectNow->isVisibleTo(row));
    row->findChild<QPushButton *>(QStringLiteral("rowStart"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(row->stateText().startsWith(QStringLiteral("Reconnecting in ")), 10000);
    QVERIFY2(row->stateText().contains(QStringLiteral("(attempt 1)")), qPrintable(row->stateText()));
    QVERIFY(reconnectNow->isVisibleTo(row));
    QVERIFY(!row->findChild<QPushButton *>(QStringLiteral("rowStart"))->isVisibleTo(row));
    QTRY_VERIFY_WITH_TIMEOUT(row->targetText().startsWith(QStringLiteral("Backup: rtmp://127.0.0.1:2")), 5000);

    reconnectNow->click();
    QTRY_VERIFY_WITH_TIMEOUT(row->stateText().contains(QStringLiteral("(attempt 2)")), 5000);
    QVERIFY(reconnectNow->isVisibleTo(row));

    row->findChild<QPushButton *>(QStringLiteral("rowStop"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OutputState::Stopped, 5000);
    QVERIFY(!reconnectNow->isVisibleTo(row));
    QVERIFY(row->findChild<QPushButton *>(QStringLiteral("rowStart"))->isVisibleTo(row));
    checkNoKeyAnywhere({key});
}

void TestDestinations::disagreeingPlatformsShareOneEncode()
{
    add(QStringLiteral("X"), QStringLiteral("x"), QStringLiteral("rtmps://de.pscp.tv:443/x"),
        QStringLiteral("abc123"));
    auto *adjustments = child<QLabel>(m_window.get(), "encodeAdjustments");
    QVERIFY(!adjustments->isVisibleTo(m_window.get()));
    add(QStringLiteral("Twitch"), QStringLiteral("twitch"),
        QStringLiteral("rtmps://ingest.global-contribute.live-video.net/app"), QStringLiteral("live_123_abc"));
    QVERIFY(adjustments->isVisibleTo(m_window.get()));
    QVERIFY2(adjustments->text().contains(QStringLiteral("keyframe")), qPrintable(adjustments->text()));
    const QString format = child<QLabel>(m_window.get(), "outputFormat")->text();
    QVERIFY2(format.contains(QStringLiteral("X, Twitch")) && format.contains(QStringLiteral("every 2 s")),
             qPrintable(format));
    QVERIFY(child<QPushButton>(m_window.get(), "goLiveButton")->isEnabled());

    // Leaving Twitch out: X alone, nothing to adjust.
    m_window->destinationList()->row(QStringLiteral("Twitch"))->setIncluded(false);
    QVERIFY(!adjustments->isVisibleTo(m_window.get()));
}

void TestDestinations::impossibleEncodeDisablesGoLive()
{
    studio::PlatformPreset fast;
    fast.id = QStringLiteral("fast");
    fast.displayName = QStringLiteral("Fast");
    fast.video.width = 1280;
    fast.video.height = 720;
    fast.video.fps = 60;
    fast.video.bitrateKbps = 4500;
    fast.video.keyframeIntervalS = 2;
    fast.audio.sampleRateHz = 48000;
    fast.audio.channels = 2;
    fast.audio.bitrateKbps = 128;
    studio::PlatformPreset slow = fast;
    slow.id = QStringLiteral("slow");
    slow.displayName = QStringLiteral("Slow");
    slow.video.fps = 25;
    const app::EncodePlan plan = app::EncodePlan::make({&fast, &slow}, nullptr, {});
    QVERIFY(!plan.settings);
    QVERIFY2(plan.problem.contains(QStringLiteral("cannot share one encode")), qPrintable(plan.problem));

    add(QStringLiteral("Own"), QStringLiteral("custom"), QStringLiteral("rtmp://127.0.0.1:1935/live"),
        QStringLiteral("k-1"));
    auto *goLive = child<QPushButton>(m_window.get(), "goLiveButton");
    QVERIFY(goLive->isEnabled());
    m_window->destinationList()->setEncodeFits(false);
    QVERIFY(!goLive->isEnabled());
    QVERIFY(!m_window->destinationList()->row(QStringLiteral("Own"))->findChild<QPushButton *>(
        QStringLiteral("rowStart"))->isEnabled());
}

void TestDestinations::outputSettingsPersist()
{
    auto *adaptive = child<QCheckBox>(m_window.get(), "adaptiveBitrateCheck");
    QVERIFY(adaptive->isChecked());  // on by default
    adaptive->setChecked(false);
    child<QDoubleSpinBox>(m_window.get(), "reconnectFirstDelaySpin")->setValue(3.5);
    child<QSpinBox>(m_window.get(), "reconnectMaxDelaySpin")->setValue(120);
    child<QSpinBox>(m_window.get(), "reconnectAttemptsSpin")->setValue(7);
    m_window.reset();

    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    QVERIFY(!child<QCheckBox>(m_window.get(), "adaptiveBitrateCheck")->isChecked());
    QCOMPARE(child<QDoubleSpinBox>(m_window.get(), "reconnectFirstDelaySpin")->value(), 3.5);
    QCOMPARE(child<QSpinBox>(m_window.get(), "reconnectMaxDelaySpin")->value(), 120);
    QCOMPARE(child<QSpinBox>(m_window.get(), "reconnectAttemptsSpin")->value(), 7);
    QCOMPARE(m_fixture->uiSettings().value(QStringLiteral("output/reconnectFirstDelayMs")).toInt(), 3500);
}

QTEST_MAIN(TestDestinations)
#include "tst_destinations.moc"
