// SPDX-License-Identifier: GPL-2.0-or-later
// The window's audio mixer against a real (private) PulseAudio server: a microphone added from
// the panel shows its level, faders and mutes act at once and are remembered with the channels,
// and a channel can be removed.
#include "app/mixer/channelsettingsmenu.h"
#include "app/mixer/channelstrip.h"
#include "app/sessioncontroller.h"
#include "app/mixer/levelmeterwidget.h"
#include "app/mixer/mixerpanel.h"
#include "pulseserver.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace vida3;
using namespace vida3::tests;
using vida3::testsupport::PulseServer;

namespace {
constexpr double kToneDbfs = -18;

app::ChannelStrip *strip(const app::StudioWindow &window, const char *channel)
{
    return window.findChild<app::ChannelStrip *>(QStringLiteral("channel_") + QString::fromLatin1(channel));
}
}  // namespace

class TestMixerPanel : public QObject
{
    Q_OBJECT

private:
    PulseServer m_pulse;
    QString m_tone;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = PulseServer::unavailableReason(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.lastError()));
        qputenv("PULSE_SERVER", m_pulse.address().toUtf8());
        m_tone = QDir(QDir::tempPath()).filePath(QStringLiteral("vida3-panel-tone-%1.raw").arg(QCoreApplication::applicationPid()));
        QVERIFY(PulseServer::writeSine(m_tone, 1000, kToneDbfs, 120));
        QVERIFY(m_pulse.play(m_tone));
    }

    void cleanupTestCase() { QFile::remove(m_tone); }

    void toneChannelIsThereAndItsFaderActs()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        app::ChannelStrip *tone = strip(*window, "tone");
        QVERIFY(tone);
        QTRY_VERIFY_WITH_TIMEOUT(tone->meter()->ballistics().peak() > -50, 5000);  // the soft tone plays
        tone->fader()->setValue(tone->fader()->minimum());  // −inf
        QTRY_VERIFY_WITH_TIMEOUT(tone->meter()->ballistics().peak() <= -59.9, 5000);
        auto *loudness = requireChild<QLabel>(*window, "loudness");
        QVERIFY2(loudness->text().contains(QStringLiteral("LUFS")), qPrintable(loudness->text()));
    }

    void microphoneAddedFromThePanelShowsItsLevel()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        {
            auto window = fixture.makeWindow(&fixture.secrets());
            window->show();
            QVERIFY(window->mixer()->addCapture(studio::audio::ChannelKind::Microphone, QStringLiteral("ci_mic")));
            app::ChannelStrip *mic = strip(*window, "mic");
            QVERIFY2(mic, "no strip for the new microphone");
            QTRY_VERIFY_WITH_TIMEOUT(std::abs(mic->meter()->ballistics().peak() - kToneDbfs) < 1.0, 8000);
            // The fader acts at once: −6 dB on the meter (it shows the level after the fader).
            mic->fader()->setValue(-60);
            QTRY_VERIFY_WITH_TIMEOUT(std::abs(mic->meter()->ballistics().peak() - (kToneDbfs - 6)) < 1.0, 8000);
            // Ctrl+Shift+M from anywhere in the window mutes the microphones, and again unmutes.
            QCOMPARE(window->mixer()->muteMicrophonesAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
            QApplication::setActiveWindow(window.get());
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
            QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(mic->muteButton()->isChecked());
            QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(!mic->muteButton()->isChecked());
            QVERIFY(!strip(*window, "tone")->muteButton()->isChecked());  // the tone is not a microphone
            // The strip's settings menu switches a filter on at once.
            auto *gate = mic->settingsMenu()->findChild<QAction *>(QStringLiteral("noiseGate"));
            QVERIFY(gate);
            gate->trigger();
            QVERIFY(window->controller()->mixerChannels()[1].control->filters.gate.load());
            mic->muteButton()->setChecked(true);
        }
        // A new window (the next start) reopens the microphone with its fader and mute.
        auto again = fixture.makeWindow(&fixture.secrets());
        again->show();
        app::ChannelStrip *mic = strip(*again, "mic");
        QVERIFY2(mic, qPrintable(fixture.uiSettings().value(QStringLiteral("audio/captures")).toStringList().join(u',')));
        QCOMPARE(mic->fader()->value(), -60);
        QVERIFY(mic->muteButton()->isChecked());
        QVERIFY2(fixture.uiSettings().value(QStringLiteral("audio/filters")).toStringList().join(u' ').contains(QStringLiteral("mic=gate")),
                 qPrintable(fixture.uiSettings().value(QStringLiteral("audio/filters")).toStringList().join(u' ')));
        bool gated = false;
        for (const auto &c : again->controller()->mixerChannels())
            gated = gated || (c.name == u"mic" && c.control->filters.gate.load());
        QVERIFY2(gated, "the noise gate was not remembered");
        // Muted: still metered (greyed), so a creator sees the voice they are not sending.
        QTRY_VERIFY_WITH_TIMEOUT(mic->meter()->ballistics().peak() > kToneDbfs - 8, 8000);
        again->mixer()->removeCapture(QStringLiteral("mic"));
        QVERIFY(!strip(*again, "mic"));
        QVERIFY(fixture.uiSettings().value(QStringLiteral("audio/captures")).toStringList().isEmpty());
    }

    // A remembered microphone that is not plugged in at start: said plainly, and kept in the
    // setup so it opens again next time.
    void aRememberedDeviceThatIsMissingIsKept()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        fixture.uiSettings().setValue(QStringLiteral("audio/captures"), QStringList{QStringLiteral("mic=microphone:USB Mic")});
        auto window = fixture.makeWindow(&fixture.secrets());
        auto *message = requireChild<QLabel>(*window, "mixerMessage");
        QVERIFY2(message->text().contains(QStringLiteral("USB Mic")), qPrintable(message->text()));
        QCOMPARE(fixture.uiSettings().value(QStringLiteral("audio/captures")).toStringList(),
                 QStringList{QStringLiteral("mic=microphone:USB Mic")});
    }

    void aDeviceThatIsGoneIsSaidPlainly()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        QVERIFY(!window->mixer()->addCapture(studio::audio::ChannelKind::Microphone, QStringLiteral("Gone Mic")));
        auto *message = requireChild<QLabel>(*window, "mixerMessage");
        QVERIFY2(message->text().contains(QStringLiteral("Gone Mic")), qPrintable(message->text()));
        QVERIFY(!strip(*window, "mic"));
    }
};

QTEST_MAIN(TestMixerPanel)
#include "tst_mixerpanel.moc"
