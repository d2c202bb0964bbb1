// SPDX-License-Identifier: GPL-2.0-or-later
// Remote control and the schedule in the window. A controller connects with the password the
// panel shows once, switches the scene (an undoable step in the history), mutes the tone on
// the mixer and records; turning remote control off closes it. A recording scheduled from the
// panel starts and stops on time, a saved entry is there after a restart, and a start missed
// while the studio was closed is reported, not run.
#include "app/history/historydock.h"
#include "app/outputcontrols.h"
#include "app/remote/remotecontrolpanel.h"
#include "app/remote/schedulepanel.h"
#include "app/sessioncontroller.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/document/scenedocument.h"
#include "tests/remote/remotefixture.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTreeWidget>

using namespace vida3;
using namespace vida3::tests;
using vida3::test::RemoteClient;

namespace {
int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int status(const QJsonObject &response)
{
    return response[u"requestStatus"].toObject()[u"code"].toInt();
}
}  // namespace

class TestRemoteWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void aControllerDrivesTheWindow()
    {
        auto window = m_fixture.makeWindow(&m_fixture.secrets());
        studio::SceneDocument &document = window->document();
        QVERIFY(studio::sceneedits::addScene(document, QStringLiteral("Second")));
        const QString firstId = document.collection().scenes.first().id;
        const QString secondId = document.collection().scenes.last().id;
        QCOMPARE(document.collection().programId, firstId);

        app::RemoteControlPanel *panel = window->remoteControl();
        QVERIFY(!panel->isListening());  // off until the user turns it on
        requireChild<QSpinBox>(*panel, "remotePort")->setValue(freePort());
        requireChild<QCheckBox>(*panel, "remoteEnable")->setChecked(true);
        QTRY_VERIFY(panel->isListening());
        auto *passwordField = requireChild<QLineEdit>(*panel, "remotePassword");
        const QString password = passwordField->text();
        QVERIFY(password.size() >= 20);
        QCOMPARE(passwordField->echoMode(), QLineEdit::Normal);  // shown the once it is made
        {
            // No destination was saved, so destinations.ini does not exist: only ui.ini and labels.
            const QString where = m_fixture.whereKeyLeaks(password, *window);
            QVERIFY2(where.isEmpty() || where == u"destinations.ini (unreadable)", qPrintable(where));
            QFile ui(m_fixture.filePath(QStringLiteral("ui.ini")));
            QVERIFY(ui.open(QIODevice::ReadOnly));
            QVERIFY(!ui.readAll().contains(password.toUtf8()));
        }

        RemoteClient client;
        QVERIFY(client.open(panel->port()));
        QCOMPARE(client.identify(password)[u"op"].toInt(), 2);
        QCOMPARE(status(client.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), QStringLiteral("Second")}})), 100);
        QCOMPARE(document.collection().programId, secondId);
        QCOMPARE(client.nextEvent(QStringLiteral("CurrentProgramSceneChanged"))[u"eventData"].toObject()[u"sceneName"].toString(),
                 QStringLiteral("Second"));
        // The switch is an ordinary step: undo puts the first scene back, and controllers hear it.
        document.undoStack().undo();
        QCOMPARE(document.collection().programId, firstId);
        QCOMPARE(client.nextEvent(QStringLiteral("CurrentProgramSceneChanged"))[u"eventData"].toObject()[u"sceneName"].toString(),
                 document.collection().scenes.first().name);

        QCOMPARE(status(client.request(QStringLiteral("SetInputMute"),
                                       {{QStringLiteral("inputName"), QStringLiteral("tone")}, {QStringLiteral("inputMuted"), true}})), 100);
        bool muted = false;
        for (const studio::audio::MixerChannel &c : window->controller()->mixerChannels())
            muted = muted || (c.name == u"tone" && c.control->muted.load());
        QVERIFY(muted);

        QCOMPARE(status(client.request(QStringLiteral("StartRecord"))), 100);
        const QJsonObject started = client.nextEvent(QStringLiteral("RecordStateChanged"), 15000);
        QVERIFY(!started.isEmpty());
        QJsonObject live = started;
        while (!live.isEmpty() && live[u"eventData"].toObject()[u"outputState"].toString() != u"OBS_WEBSOCKET_OUTPUT_STARTED")
            live = client.nextEvent(QStringLiteral("RecordStateChanged"), 15000);
        const QString path = live[u"eventData"].toObject()[u"outputPath"].toString();
        QVERIFY2(path.startsWith(m_fixture.recordingFolder()), qPrintable(path));
        // The Pause button shows while recording; a controller's PauseRecord is the button's.
        auto *pause = requireChild<QPushButton>(*window, "pauseRecordingButton");
        QVERIFY(!pause->isHidden() && !pause->isChecked());
        QCOMPARE(status(client.request(QStringLiteral("PauseRecord"))), 100);
        QCOMPARE(client.nextEvent(QStringLiteral("RecordStateChanged"))[u"eventData"].toObject()[u"outputState"].toString(),
                 QStringLiteral("OBS_WEBSOCKET_OUTPUT_PAUSED"));
        QVERIFY(pause->isChecked());
        QVERIFY(window->controller()->isRecordingPaused());
        pause->click();  // and the button resumes what the controller paused
        QVERIFY(!window->controller()->isRecordingPaused());
        QCOMPARE(client.nextEvent(QStringLiteral("RecordStateChanged"))[u"eventData"].toObject()[u"outputState"].toString(),
                 QStringLiteral("OBS_WEBSOCKET_OUTPUT_RESUMED"));
        QCOMPARE(client.request(QStringLiteral("GetRecordStatus"))[u"responseData"].toObject()[u"outputPaused"].toBool(true), false);
        QCOMPARE(status(client.request(QStringLiteral("StopRecord"))), 100);
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->recordingState() == encoder::OutputState::Stopped, 15000);
        QVERIFY(QFileInfo(path).size() > 0);
        // The recording is kept in the Session history dock, with its file and its graph.
        auto *sessions = requireChild<QTreeWidget>(*window, "sessionList");
        QTRY_COMPARE_WITH_TIMEOUT(sessions->topLevelItemCount(), 1, 5000);
        QVERIFY2(requireChild<QLabel>(*window, "sessionDetails")->text().contains(path),
                 qPrintable(requireChild<QLabel>(*window, "sessionDetails")->text()));
        const QString csv = m_fixture.filePath(QStringLiteral("sessions.csv"));
        QVERIFY(window->sessionHistory()->exportTo(csv).hasValue());
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count("\r\n"), 2);  // the header and the session

        requireChild<QCheckBox>(*panel, "remoteEnable")->setChecked(false);
        QVERIFY(!panel->isListening());
        QCOMPARE(client.closeOutcome().first, 1001);
        RemoteClient late;
        QVERIFY(!late.open(panel->port() == 0 ? 1 : panel->port()));
    }

    void aScheduledRecordingStartsAndStopsOnTime()
    {
        auto window = m_fixture.makeWindow(&m_fixture.secrets());
        app::SchedulePanel *schedule = window->schedule();
        QVERIFY(schedule);
        const QDateTime start = QDateTime::currentDateTime().addSecs(2);
        requireChild<QComboBox>(*schedule, "scheduleOutput")->setCurrentIndex(1);  // Record
        requireChild<QDateTimeEdit>(*schedule, "scheduleStart")->setDateTime(start);
        requireChild<QCheckBox>(*schedule, "scheduleHasStop")->setChecked(true);
        requireChild<QDateTimeEdit>(*schedule, "scheduleStop")->setDateTime(start.addSecs(2));
        requireChild<QPushButton>(*schedule, "scheduleAdd")->click();
        QCOMPARE(requireChild<QListWidget>(*schedule, "scheduleList")->count(), 1);
        QVERIFY2(schedule->countdownText().startsWith(u"Next start in 0:00:0"), qPrintable(schedule->countdownText()));
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->recordingState() == encoder::OutputState::Live, 8000);
        const qint64 late = QDateTime(start.date(), QTime(start.time().hour(), start.time().minute(), start.time().second()))
                                .msecsTo(QDateTime::currentDateTime());
        QVERIFY2(late < 3000, qPrintable(QString::number(late)));
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->recordingState() == encoder::OutputState::Stopped, 10000);
        QCOMPARE(requireChild<QListWidget>(*schedule, "scheduleList")->count(), 0);  // a one-off is done
    }

    void theScheduleSurvivesARestartAndReportsWhatWasMissed()
    {
        {
            auto window = m_fixture.makeWindow(&m_fixture.secrets());
            app::SchedulePanel *schedule = window->schedule();
            requireChild<QDateTimeEdit>(*schedule, "scheduleStart")->setDateTime(QDateTime::currentDateTime().addSecs(3600));
            requireChild<QDateTimeEdit>(*schedule, "scheduleStop")->setDateTime(QDateTime::currentDateTime().addSecs(7200));
            requireChild<QCheckBox>(*schedule, "scheduleWeekly")->setChecked(true);
            requireChild<QPushButton>(*schedule, "scheduleAdd")->click();
            QCOMPARE(requireChild<QListWidget>(*schedule, "scheduleList")->count(), 1);
        }
        {
            auto window = m_fixture.makeWindow(&m_fixture.secrets());
            QCOMPARE(requireChild<QListWidget>(*window->schedule(), "scheduleList")->count(), 1);
            QVERIFY(requireChild<QListWidget>(*window->schedule(), "scheduleList")->item(0)->text().contains(u"every week"));
        }
        // A one-off whose start passed while the studio was closed.
        QFile file(m_fixture.filePath(QStringLiteral("schedule.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString past = QDateTime::currentDateTime().addSecs(-600).toString(Qt::ISODateWithMs);
        file.write(QStringLiteral(R"({"version":1,"entries":[{"id":"gone","output":"stream","start":"%1"}]})").arg(past).toUtf8());
        file.close();
        auto window = m_fixture.makeWindow(&m_fixture.secrets());
        auto *message = requireChild<QLabel>(*window, "outputMessage");
        QVERIFY2(message->text().contains(u"Missed a scheduled start"), qPrintable(message->text()));
        QCOMPARE(window->controller()->streamState(), encoder::OutputState::Idle);
        QCOMPARE(requireChild<QListWidget>(*window->schedule(), "scheduleList")->count(), 0);
    }

private:
    WindowFixture m_fixture;
};

QTEST_MAIN(TestRemoteWindow)
#include "tst_remotewindow.moc"
