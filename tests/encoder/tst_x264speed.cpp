// SPDX-License-Identifier: GPL-2.0-or-later
// The default x264 speed for an output on a machine: what held on the 2-core reference machine
// (tests/bench/x264-presets.sh) must be what "auto" picks there, and a bigger machine keeps
// veryfast, OBS's default, never slower.
#include "encoder/encodersettings.h"
#include "encoder/x264speed.h"

#include <QTest>

using namespace vida3::encoder;

class TestX264Speed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksWhatHolds_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("fps");
        QTest::addColumn<int>("cores");
        QTest::addColumn<QString>("preset");
        // Measured on 2 cores: veryfast holds 720p30; at 1080p30 it skipped 3.5-7 % of the frames
        // while superfast held; 1080p60 needs ultrafast.
        QTest::newRow("720p30, 2 cores") << 1280 << 720 << 30 << 2 << QStringLiteral("veryfast");
        QTest::newRow("1080p30, 2 cores") << 1920 << 1080 << 30 << 2 << QStringLiteral("superfast");
        QTest::newRow("1080p60, 2 cores") << 1920 << 1080 << 60 << 2 << QStringLiteral("ultrafast");
        QTest::newRow("1080p30, 4 cores") << 1920 << 1080 << 30 << 4 << QStringLiteral("veryfast");
        QTest::newRow("1080p60, 4 cores") << 1920 << 1080 << 60 << 4 << QStringLiteral("superfast");
        QTest::newRow("1080p60, 16 cores") << 1920 << 1080 << 60 << 16 << QStringLiteral("veryfast");
        QTest::newRow("4K60, 2 cores") << 3840 << 2160 << 60 << 2 << QStringLiteral("ultrafast");
        QTest::newRow("unknown cores count as 1") << 1280 << 720 << 60 << 0 << QStringLiteral("ultrafast");
    }

    void picksWhatHolds()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, fps);
        QFETCH(int, cores);
        QFETCH(QString, preset);
        const X264Speed speed = chooseX264Speed(width, height, fps, cores);
        QCOMPARE(speed.preset, preset);
        QVERIFY(x264Presets().contains(speed.preset));
        QVERIFY2(speed.reason.contains(preset) && speed.reason.contains(QString::number(fps)), qPrintable(speed.reason));
    }

    void nothingFitsSaysSo()
    {
        const X264Speed speed = chooseX264Speed(3840, 2160, 60, 2);
        QVERIFY2(speed.reason.contains(QStringLiteral("frames may be skipped")), qPrintable(speed.reason));
    }

    void onlyAutoIsResolved()
    {
        VideoSettings chosen;
        chosen.x264Preset = QStringLiteral("medium");
        QString reason;
        QCOMPARE(resolveX264Speed(chosen, &reason).x264Preset, QStringLiteral("medium"));
        QVERIFY(reason.isEmpty());

        VideoSettings automatic;  // the default
        QCOMPARE(automatic.x264Preset, QString::fromLatin1(kAutoX264Preset));
        QVERIFY(validate(automatic).hasValue());
        const VideoSettings resolved = resolveX264Speed(automatic, &reason);
        QVERIFY(x264Presets().contains(resolved.x264Preset));
        QVERIFY(!reason.isEmpty());

        VideoSettings wrong;
        wrong.x264Preset = QStringLiteral("warpspeed");
        QVERIFY(!validate(wrong).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestX264Speed)
#include "tst_x264speed.moc"
