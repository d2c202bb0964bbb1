// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/brandtheme.h"
#include "app/destinationform.h"
#include "app/destinationlist.h"
#include "app/destinationrow.h"
#include "app/previewwidget.h"
#include "app/statusline.h"
#include "app/studiowindow.h"
#include "testchecks.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace vida3;
using app::StudioWindow;
using tests::isBlank;
using tests::leaksKey;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithAnimatedPreview();
    void saveFollowsValidation_data();
    void saveFollowsValidation();
    void keyIsHiddenUntilRevealed();
    void keyIssueNeverQuotesKey_data();
    void keyIssueNeverQuotesKey();
    void presetChangeKeepsPreviewRunning();
    void x264SpeedIsChosenAndKept();
    void anOldDefaultSpeedBecomesAuto();
    void encoderIsChosenAndKept();
    void encoderTakeoverIsShownAndCountersAddUp();
    void noticeWhenKeysStayInMemory();
    void recordsAndSaysWhere();
    void goLiveFailureIsPlainAndKeyIsKept();
    void closingWhileRecordingStopsFirst();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return tests::requireChild<T>(*m_window, name);
    }
    // Opens the "Add destination" editor, fills it; save() clicks Save.
    void fill(const QString &presetId, const QString &url, const QString &key);
    void save();

    std::unique_ptr<tests::WindowFixture> m_fixture;
    std::unique_ptr<StudioWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    app::applyBrandTheme(*qApp);  // the style sheet must not hide or break anything tested here
}

void TestMainWindow::init()
{
    m_fixture = std::make_unique<tests::WindowFixture>();
    QVERIFY(m_fixture->setUp());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestMainWindow::fill(const QString &presetId, const QString &url, const QString &key)
{
    child<QPushButton>("addDestinationButton")->click();
    QVERIFY(child<QDialog>("destinationEditor")->isVisible());
    auto *preset = child<QComboBox>("presetCombo");
    preset->setCurrentIndex(preset->findData(presetId));
    QCOMPARE(preset->currentData().toString(), presetId);
    child<QLineEdit>("serverUrlEdit")->setText(url);
    child<QLineEdit>("streamKeyEdit")->setText(key);
}

void TestMainWindow::save()
{
    auto *saveButton = child<QPushButton>("saveDestinationButton");
    QVERIFY(saveButton->isEnabled());
    saveButton->click();
    QVERIFY(!child<QDialog>("destinationEditor")->isVisible());
}

void TestMainWindow::opensWithAnimatedPreview()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    app::PreviewWidget *preview = m_window->preview();
    QVERIFY(preview->isVisible());

    // A rendered frame, not the "starting" placeholder; then what the widget paints.
    QTRY_VERIFY_WITH_TIMEOUT(!isBlank(preview->currentFrame()), 5000);
    const QImage firstFrame = preview->currentFrame();
    const QImage first = preview->grab().toImage();
    QVERIFY(!isBlank(first));
    QVERIFY(child<QLabel>("noDestinations")->isVisibleTo(m_window.get()));
    QElapsedTimer apart;
    apart.start();
    QTRY_VERIFY_WITH_TIMEOUT(apart.elapsed() >= 500, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!isBlank(preview->currentFrame()) && preview->currentFrame() != firstFrame, 5000);
    const QImage second = preview->grab().toImage();
    QVERIFY(!isBlank(second));
    QVERIFY(second != first);
    QCOMPARE(second.size(), first.size());
}

void TestMainWindow::saveFollowsValidation_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("enabled");

    const QString xUrl = QStringLiteral("rtmps://de.pscp.tv:443/x");
    const QString twitchUrl = QStringLiteral("rtmps://ingest.global-contribute.live-video.net/app");
    QTest::newRow("empty url") << QStringLiteral("x") << QString() << QStringLiteral("abc123") << false;
    QTest::newRow("empty key") << QStringLiteral("x") << xUrl << QString() << false;
    QTest::newRow("bad scheme") << QStringLiteral("x") << QStringLiteral("http://de.pscp.tv/x")
                                << QStringLiteral("abc123") << false;
    QTest::newRow("placeholder url") << QStringLiteral("x") << QStringLiteral("rtmps://<region>.pscp.tv:443/x")
                                     << QStringLiteral("abc123") << false;
    QTest::newRow("spaces in key") << QStringLiteral("x") << xUrl << QStringLiteral("abc 123") << false;
    QTest::newRow("twitch key without live_") << QStringLiteral("twitch") << twitchUrl
                                              << QStringLiteral("abc123") << false;
    QTest::newRow("facebook over plain rtmp") << QStringLiteral("facebook")
                                              << QStringLiteral("rtmp://live-api-s.facebook.com:80/rtmp/")
                                              << QStringLiteral("FB-123-abc") << false;
    QTest::newRow("valid x") << QStringLiteral("x") << xUrl << QStringLiteral("abc123") << true;
    QTest::newRow("valid twitch") << QStringLiteral("twitch") << twitchUrl << QStringLiteral("live_123_abc") << true;
    QTest::newRow("valid custom") << QStringLiteral("custom") << QStringLiteral("rtmp://127.0.0.1:1935/live")
                                  << QStringLiteral("any-key!") << true;
}

void TestMainWindow::saveFollowsValidation()
{
    QFETCH(QString, presetId);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(bool, enabled);

    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *goLive = child<QPushButton>("goLiveButton");
    QVERIFY(!goLive->isEnabled());  // no destination yet
    fill(presetId, url, key);
    QCOMPARE(m_window->destinationForm()->isValid(), enabled);
    QCOMPARE(child<QPushButton>("saveDestinationButton")->isEnabled(), enabled);
    if (enabled) {
        save();
        QVERIFY(goLive->isEnabled());
        QCOMPARE(m_window->destinationList()->names().size(), 1);
    }
    if (!enabled && !url.isEmpty() && !key.isEmpty()) {
        const bool anyIssueShown = child<QLabel>("serverUrlIssue")->isVisibleTo(m_window.get())
            || child<QLabel>("streamKeyIssue")->isVisibleTo(m_window.get());
        QVERIFY(anyIssueShown);
    }
}

void TestMainWindow::keyIsHiddenUntilRevealed()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *key = child<QLineEdit>("streamKeyEdit");
    auto *reveal = child<QAction>("revealKeyAction");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    reveal->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestMainWindow::keyIssueNeverQuotesKey_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("key");
    QTest::newRow("x punctuation") << QStringLiteral("x") << QStringLiteral("s3cretKEY!!9zq");
    QTest::newRow("x spaces") << QStringLiteral("x") << QStringLiteral("s3cret KEY 9zq");
    QTest::newRow("twitch shape") << QStringLiteral("twitch") << QStringLiteral("notlive_Zq81xY");
    QTest::newRow("too long") << QStringLiteral("custom") << QStringLiteral("Zq81xY").repeated(100);
}

void TestMainWindow::keyIssueNeverQuotesKey()
{
    QFETCH(QString, presetId);
    QFETCH(QString, key);
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    fill(presetId, QStringLiteral("rtmps://de.example.net:443/live"), key);
    auto *issue = child<QLabel>("streamKeyIssue");
    QVERIFY(issue->isVisibleTo(m_window.get()));
    QVERIFY(!issue->text().isEmpty());
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY2(!leaksKey(key, label->text() + label->toolTip()), qPrintable(label->objectName()));
}

void TestMainWindow::presetChangeKeepsPreviewRunning()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    app::PreviewWidget *preview = m_window->preview();
    QTRY_VERIFY_WITH_TIMEOUT(!preview->currentFrame().isNull(), 5000);
    fill(QStringLiteral("youtube"), QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2"), QStringLiteral("ab-12"));
    save();  // the one included destination decides the encode
    // Two changes in a row: the new session renders (the handover frame alone is still).
    for (int change = 0; change < 2; ++change) {
        const QImage before = preview->currentFrame();
        QTRY_VERIFY_WITH_TIMEOUT(preview->currentFrame() != before && !isBlank(preview->currentFrame()), 5000);
    }
    QCOMPARE(child<QLabel>("outputFormat")->text().contains(QStringLiteral("1920×1080")), true);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusLine()->findChild<QLabel *>(QStringLiteral("statusFps"))
                                 ->text().contains(QRegularExpression(QStringLiteral("[1-9]"))),
                             5000);
}

// Output → x264 speed: auto by default (the summary names what it chose for this machine),
// a chosen speed shown in the encode summary and kept for next time.
void TestMainWindow::x264SpeedIsChosenAndKept()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *speed = child<QComboBox>("x264PresetCombo");
    QCOMPARE(speed->currentText(), QStringLiteral("auto"));
    QVERIFY2(child<QLabel>("outputFormat")->text().contains(
                 QRegularExpression(QStringLiteral("x264 (ultrafast|superfast|veryfast), chosen for this machine"))),
             qPrintable(child<QLabel>("outputFormat")->text()));
    speed->setCurrentText(QStringLiteral("faster"));
    QVERIFY(child<QLabel>("outputFormat")->text().contains(QStringLiteral("x264 faster")));
    QCOMPARE(m_fixture->uiSettings().value(QStringLiteral("output/x264Speed")).toString(), QStringLiteral("faster"));

    m_window.reset();
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    QCOMPARE(child<QComboBox>("x264PresetCombo")->currentText(), QStringLiteral("faster"));
    QVERIFY(child<QLabel>("outputFormat")->text().contains(QStringLiteral("x264 faster")));
}

// Before auto existed, every saved window kept "veryfast" (the old default) whether or not the
// user chose it: that one becomes auto; any other saved speed was a choice and stays.
void TestMainWindow::anOldDefaultSpeedBecomesAuto()
{
    m_fixture->uiSettings().setValue(QStringLiteral("output/x264Preset"), QStringLiteral("veryfast"));
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    QCOMPARE(child<QComboBox>("x264PresetCombo")->currentText(), QStringLiteral("auto"));
    m_window.reset();
    m_fixture->uiSettings().setValue(QStringLiteral("output/x264Preset"), QStringLiteral("superfast"));
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    QCOMPARE(child<QComboBox>("x264PresetCombo")->currentText(), QStringLiteral("superfast"));
}

void TestMainWindow::encoderIsChosenAndKept()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *encoder = child<QComboBox>("encoderCombo");
    QCOMPARE(encoder->currentData().toString(), QStringLiteral("x264"));
    QCOMPARE(encoder->itemData(0).toString(), QStringLiteral("auto"));
    const int nvenc = encoder->findData(QStringLiteral("nvenc"));
    QVERIFY(nvenc > 0);
    encoder->setCurrentIndex(nvenc);
    QVERIFY(child<QLabel>("outputFormat")->text().contains(QStringLiteral("NVIDIA NVENC")));
    QCOMPARE(m_fixture->uiSettings().value(QStringLiteral("output/encoder")).toString(), QStringLiteral("nvenc"));

    m_window.reset();
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    QCOMPARE(child<QComboBox>("encoderCombo")->currentData().toString(), QStringLiteral("nvenc"));
}

// A failing encoder is replaced while recording: the window says so plainly (not as an error),
// the recording goes on, and after Stop the status line says every encoded frame is in the file
// (tests/integration/tst_encoderfallback.cpp judges such files with ffprobe).
void TestMainWindow::encoderTakeoverIsShownAndCountersAddUp()
{
    qputenv("VIDA3_TEST_ENCODER_FAILS_AT_FRAME", "30");
    const auto unset = qScopeGuard([] { qunsetenv("VIDA3_TEST_ENCODER_FAILS_AT_FRAME"); });
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *record = child<QPushButton>("recordButton");
    auto *message = child<QLabel>("outputMessage");
    record->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("x264 took over on the next frame")), 10000);
    QCOMPARE(message->property("role").toString(), QStringLiteral("info"));
    QCOMPARE(record->text(), QStringLiteral("Stop recording"));
    QTest::qWait(1000);
    record->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Recording saved: ")), 5000);
    const QString path = QDir::fromNativeSeparators(message->text().section(QStringLiteral(": "), 1));
    // The last statistics follow the end of the teardown: every encoded frame is in the file.
    const QRegularExpression counters(QStringLiteral("^Frames encoded (\\d+) · recording (\\d+)$"));
    auto addsUp = [&] {
        const QRegularExpressionMatch m = counters.match(m_window->statusLine()->outputFramesText());
        return m.hasMatch() && m.captured(1) == m.captured(2) && m.captured(1).toInt() > 30;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(addsUp(), qPrintable(m_window->statusLine()->outputFramesText()), 5000);
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
}

void TestMainWindow::noticeWhenKeysStayInMemory()
{
    m_window = m_fixture->makeWindow(nullptr);  // the keychain probe has not answered yet
    m_window->show();
    auto *notice = child<QLabel>("keychainNotice");
    QVERIFY(!notice->isVisibleTo(m_window.get()));
    m_window->useSecretStore(nullptr);  // the probe failed
    QVERIFY(notice->isVisibleTo(m_window.get()));
    QVERIFY(notice->text().contains(QStringLiteral("never written to disk")));
}

void TestMainWindow::recordsAndSaysWhere()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *record = child<QPushButton>("recordButton");
    auto *message = child<QLabel>("outputMessage");
    record->click();
    QTRY_COMPARE_WITH_TIMEOUT(record->text(), QStringLiteral("Stop recording"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusLine()->findChild<QLabel *>(QStringLiteral("statusBitrate"))
                                 ->text().startsWith(QStringLiteral("Recording: ")),
                             5000);
    record->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Recording saved: ")), 5000);
    QCOMPARE(record->text(), QStringLiteral("Record"));
    const QString path = QDir::fromNativeSeparators(message->text().section(QStringLiteral(": "), 1));
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("vida3-")));
    QVERIFY(path.endsWith(QStringLiteral(".mkv")));
}

void TestMainWindow::goLiveFailureIsPlainAndKeyIsKept()
{
    const QString key = QStringLiteral("Zq81xY-private");
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    fill(QStringLiteral("custom"), QStringLiteral("rtmp://127.0.0.1:1/live"), key);  // nothing listens on port 1
    const QString name = child<QLineEdit>("destinationNameEdit")->text();
    QCOMPARE(name, QStringLiteral("Custom"));  // named after the platform until the user names it
    save();
    QTRY_VERIFY_WITH_TIMEOUT(!isBlank(m_window->preview()->currentFrame()), 5000);
    auto *goLive = child<QPushButton>("goLiveButton");
    QVERIFY(goLive->isEnabled());
    goLive->click();
    app::DestinationRow *row = m_window->destinationList()->row(name);
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), encoder::OutputState::Failed, 10000);
    QVERIFY2(row->stateText().contains(QStringLiteral("nothing answered")), qPrintable(row->stateText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusLine()->stateText().startsWith(QStringLiteral("Failed: ")), 10000);
    QVERIFY2(m_window->statusLine()->stateText().contains(QStringLiteral("nothing answered")),
             qPrintable(m_window->statusLine()->stateText()));
    const QString message = child<QLabel>("outputMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("Check the server URL")), qPrintable(message));
    QTRY_COMPARE(goLive->text(), QStringLiteral("Go Live"));
    QVERIFY(goLive->isEnabled());
    QVERIFY(row->findChild<QPushButton *>(QStringLiteral("rowRetry"))->isVisibleTo(row));
    if (const QString shots = qEnvironmentVariable("VIDA3_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("mainwindow-failed.png")));

    // Remembered: the destination in settings without its key, the key in the secret store.
    auto saved = m_fixture->destinations().load(name);
    QVERIFY(saved.hasValue());
    QCOMPARE(saved->serverUrl, QStringLiteral("rtmp://127.0.0.1:1/live"));
    QString readBack;
    m_fixture->secrets().readSecret(name, this, [&readBack](Expected<QString> value) {
        if (value)
            readBack = value.value();
    });
    QTRY_COMPARE(readBack, key);
    const QString where = m_fixture->whereKeyLeaks(key, *m_window);
    QVERIFY2(where.isEmpty(), qPrintable(where));
}

void TestMainWindow::closingWhileRecordingStopsFirst()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets());
    m_window->show();
    auto *record = child<QPushButton>("recordButton");
    record->click();
    QTRY_COMPARE_WITH_TIMEOUT(record->text(), QStringLiteral("Stop recording"), 5000);
    QElapsedTimer clock;
    clock.start();
    m_window->close();
    QVERIFY(m_window->isVisible());  // still stopping
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), StudioWindow::kQuitTimeoutMs + 1000);
    QVERIFY(clock.elapsed() <= StudioWindow::kQuitTimeoutMs + 500);
    const QStringList files = QDir(m_fixture->recordingFolder()).entryList({QStringLiteral("*.mkv")});
    QCOMPARE(files.size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
