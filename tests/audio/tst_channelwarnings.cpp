// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/channelwarnings.h"
#include "studio/audio/decibels.h"

#include <QTest>

using namespace vida3::studio::audio;

namespace {
AudioLevels mic(double peakDbfs, bool muted, const QString &state = QStringLiteral("live"))
{
    AudioLevels levels;
    levels.channels.append(ChannelLevels{QStringLiteral("mic"), ChannelKind::Microphone, state, 0, muted, peakDbfs, peakDbfs - 3, {}, peakDbfs});
    levels.channels.append(ChannelLevels{QStringLiteral("tone"), ChannelKind::Tone, state, 0, muted, kSilenceDb, kSilenceDb, {}, kSilenceDb});
    return levels;
}
}  // namespace

class TestChannelWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void talkingIntoAMutedMicrophone()
    {
        ChannelWarnings w;
        AudioLevels a = mic(-20, true);
        QVERIFY(w.update(a, true).isEmpty());  // one second may be a cough
        AudioLevels b = mic(-20, true);
        const QStringList began = w.update(b, true);
        QCOMPARE(began.size(), 1);
        QVERIFY(began.first().contains(QStringLiteral("muted")));
        QCOMPARE(b.channels[0].warning, QStringLiteral("muted_with_signal"));
        AudioLevels c = mic(-20, true);
        QVERIFY(w.update(c, true).isEmpty());  // said once, still flagged
        QCOMPARE(c.channels[0].warning, QStringLiteral("muted_with_signal"));
        AudioLevels d = mic(-60, true);        // quiet room: fine
        w.update(d, true);
        QVERIFY(d.channels[0].warning.isEmpty());
        QVERIFY(d.channels[1].warning.isEmpty());  // only microphones are judged
    }

    void digitalSilenceFromALiveMicrophone()
    {
        ChannelWarnings w;
        QStringList began;
        for (int i = 0; i < ChannelWarnings::kSilentSeconds; ++i) {
            AudioLevels a = mic(kSilenceDb, false);
            began += w.update(a, true);
            QCOMPARE(a.channels[0].warning.isEmpty(), i + 1 < ChannelWarnings::kSilentSeconds);
        }
        QCOMPARE(began.size(), 1);
        AudioLevels quiet = mic(-70, false);  // room noise is a signal
        w.update(quiet, true);
        QVERIFY(quiet.channels[0].warning.isEmpty());
    }

    // A fader pulled to −inf silences the channel after the fader, not the microphone.
    void aClosedFaderIsNotADeadMicrophone()
    {
        ChannelWarnings w;
        for (int i = 0; i < 2 * ChannelWarnings::kSilentSeconds; ++i) {
            AudioLevels a = mic(kSilenceDb, false);
            a.channels[0].inputPeakDbfs = -20;  // the voice is there before the fader
            QVERIFY(w.update(a, true).isEmpty());
            QVERIFY(a.channels[0].warning.isEmpty());
        }
    }

    void nothingWhenNothingRunsOrTheDeviceIsGone()
    {
        ChannelWarnings w;
        for (int i = 0; i < 10; ++i) {
            AudioLevels idle = mic(-20, true);
            QVERIFY(w.update(idle, false).isEmpty());  // not streaming or recording
            AudioLevels gone = mic(kSilenceDb, false, QStringLiteral("disconnected"));
            QVERIFY(w.update(gone, true).isEmpty());   // the state already says it
        }
    }
};

QTEST_GUILESS_MAIN(TestChannelWarnings)
#include "tst_channelwarnings.moc"
