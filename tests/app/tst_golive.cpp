// SPDX-License-Identifier: GPL-2.0-or-later
// The go-live checklist before the first Go Live of a session and the first-run wizard, in the
// real window with real x264 measurements (shortened to fractions of a second).
#include "windowfixture.h"

#include "app/destinationlist.h"
#include "app/destinationrow.h"
#include "app/golive/golivechecklist.h"
#include "app/golive/preflight.h"
#include "app/sessioncontroller.h"
#include "app/setup/firstrunwizard.h"
#include "app/windowtools.h"
#include "studio/setup/encodemeasurer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace vida3;
using namespace vida3::tests;
using Level = app::PreflightItem::Level;

namespace {
// A port nothing listens on: Go Live starts and fails there, which is enough to see it started.
int closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}
}  // namespace

class TestGoLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->setUp());
        m_window = m_fixture->makeWindow(&m_fixture->secrets(), nullptr,
                                         [](app::StudioWindow::Services &s) { s.checkBeforeGoLive = true; });
        m_window->show();
        m_window->tools()->checklist()->setMeasureSeconds(0.5);
        m_url = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(closedPort());
    }
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void checklistGuardsTheFirstGoLiveOnly()
    {
        QVERIFY(WindowFixture::addDestination(*m_window, QStringLiteral("Own"), m_url, QStringLiteral("abc123")));
        app::GoLiveChecklist *checklist = m_window->tools()->checklist();
        QSignalSpy checked(checklist, &app::GoLiveChecklist::allChecked);
        auto *goLive = requireChild<QPushButton>(*m_window, "goLiveButton");
        goLive->click();
        QVERIFY(checklist->isVisible());
        QCOMPARE(m_window->destinationList()->row(QStringLiteral("Own"))->state(), encoder::OutputState::Idle);
        QCOMPARE(checklist->item(QStringLiteral("destinations")).level, Level::Pass);
        // The built-in mixer has no microphone: said, not blocking.
        QCOMPARE(checklist->item(QStringLiteral("microphone")).level, Level::Warning);
        QVERIFY(checklist->item(QStringLiteral("disk")).level != Level::Pending);
        QCOMPARE(checklist->item(QStringLiteral("encoder")).level, Level::Pending);
        QVERIFY(checked.wait(30000));
        const app::PreflightItem encoder = checklist->item(QStringLiteral("encoder"));
        QVERIFY2(encoder.level == Level::Pass || encoder.level == Level::Warning, qPrintable(encoder.text));
        QVERIFY2(encoder.text.contains(QStringLiteral("times as fast")), qPrintable(encoder.text));
        QVERIFY2(requireChild<QLabel>(*checklist, "check_encoder")->text().contains(encoder.text), "the line shows it");

        checklist->goLiveButton()->click();
        QVERIFY(!checklist->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->destinationList()->row(QStringLiteral("Own"))->state() != encoder::OutputState::Idle, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(goLive->isEnabled() && goLive->text() == QStringLiteral("Go Live"), 20000);

        // The second Go Live of the session starts at once.
        m_window->controller()->stopAll();
        goLive->click();
        QVERIFY(!checklist->isVisible());
    }

    void cancelStartsNothing()
    {
        QVERIFY(WindowFixture::addDestination(*m_window, QStringLiteral("Own"), m_url, QStringLiteral("abc123")));
        app::GoLiveChecklist *checklist = m_window->tools()->checklist();
        requireChild<QPushButton>(*m_window, "goLiveButton")->click();
        QVERIFY(checklist->isVisible());
        checklist->reject();
        QTest::qWait(300);
        QCOMPARE(m_window->destinationList()->row(QStringLiteral("Own"))->state(), encoder::OutputState::Idle);
        QVERIFY(!checklist->passed());
    }

    void checksSayWhatIsWrong()
    {
        using R = app::DestinationList::Readiness;
        QCOMPARE(app::Preflight::destinations({}).level, Level::Problem);
        const app::PreflightItem noKey = app::Preflight::destinations({R{QStringLiteral("Twitch"), false, {}}});
        QCOMPARE(noKey.level, Level::Problem);
        QVERIFY(noKey.text.contains(QStringLiteral("Twitch")));
        const app::PreflightItem broken = app::Preflight::destinations(
            {R{QStringLiteral("YouTube"), true, {QStringLiteral("use rtmps://")}}});
        QCOMPARE(broken.level, Level::Warning);
        QVERIFY(broken.text.contains(QStringLiteral("use rtmps://")));

        std::vector<studio::audio::MixerChannel> channels(1);
        channels[0].name = QStringLiteral("Mic");
        channels[0].kind = studio::audio::ChannelKind::Microphone;
        QCOMPARE(app::Preflight::microphones(channels).level, Level::Pass);
        channels[0].control->muted = true;
        const app::PreflightItem muted = app::Preflight::microphones(channels);
        QCOMPARE(muted.level, Level::Warning);
        QVERIFY(muted.text.contains(QStringLiteral("muted")));

        // A folder not made yet is judged by the disk it would be on.
        QVERIFY(app::Preflight::disk(m_fixture->filePath(QStringLiteral("not/yet/made")), 4500).level != Level::Pending);
    }

    void wizardSetsUpADestinationAndTheFormat()
    {
        app::FirstRunWizard *wizard = m_window->tools()->openWizard();
        wizard->setMeasureSeconds(0.3);
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());  // nothing chosen yet
        auto *preset = requireChild<QComboBox>(*wizard, "presetCombo");
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        requireChild<QLineEdit>(*wizard, "serverUrlEdit")->setText(m_url);
        requireChild<QLineEdit>(*wizard, "streamKeyEdit")->setText(QStringLiteral("wizardkey"));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QSignalSpy finished(wizard->measurer(), &studio::EncodeMeasurer::finished);
        wizard->next();
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());  // measuring
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        const std::optional<studio::EncodeCandidate> recommended = studio::recommend(wizard->measurer()->results());
        QVERIFY2(!wizard->recommendation()->text().isEmpty(), "the wizard says what it found");
        if (recommended)
            QVERIFY(wizard->recommendation()->text().contains(recommended->label()));
        wizard->button(QWizard::FinishButton)->click();

        app::DestinationList &list = *m_window->destinationList();
        QVERIFY2(list.names().contains(QStringLiteral("Custom")), qPrintable(list.names().join(u',')));
        const QList<app::DestinationList::Readiness> ready = list.includedReadiness();
        QCOMPARE(ready.size(), 1);
        QVERIFY(ready.first().hasKey);
        QVERIFY(m_fixture->uiSettings().value(QStringLiteral("setup/firstRunDone")).toBool());
        if (recommended) {
            QCOMPARE(m_fixture->uiSettings().value(QStringLiteral("output/width")).toInt(), recommended->width);
            QCOMPARE(m_window->controller()->settings().video.height, recommended->height);
            QCOMPARE(requireChild<QComboBox>(*m_window, "x264PresetCombo")->currentText(), recommended->x264Preset);
        }
        QVERIFY(m_fixture->whereKeyLeaks(QStringLiteral("wizardkey"), *m_window).isEmpty());
    }

    void wizardCanBeRecordOnly()
    {
        app::FirstRunWizard *wizard = m_window->tools()->openWizard();
        wizard->setMeasureSeconds(0.2);
        requireChild<QAbstractButton>(*wizard, "wizardRecordOnly")->click();
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();  // closed while nothing was measured: nothing kept
        QVERIFY(m_window->destinationList()->names().isEmpty());
        QVERIFY(!m_fixture->uiSettings().contains(QStringLiteral("output/width")));
        // "Not now" is an answer: the next start does not ask again.
        QVERIFY(m_fixture->uiSettings().value(QStringLiteral("setup/firstRunDone")).toBool());
    }

    void wizardGreetsTheFirstStartOnly()
    {
        const auto firstStart = [](app::StudioWindow::Services &s) { s.offerFirstRun = true; };
        m_window = m_fixture->makeWindow(&m_fixture->secrets(), nullptr, firstStart);
        m_window->show();
        QTRY_VERIFY(m_window->tools()->wizard() && m_window->tools()->wizard()->isVisible());
        m_window->tools()->wizard()->reject();
        m_window.reset();
        m_window = m_fixture->makeWindow(&m_fixture->secrets(), nullptr, firstStart);
        m_window->show();
        QTest::qWait(200);
        QVERIFY(!m_window->tools()->wizard());
    }

private:
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<app::StudioWindow> m_window;
    QString m_url;
};

QTEST_MAIN(TestGoLive)
#include "tst_golive.moc"
