// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/encodersettings.h"
#include "encoder/x264speed.h"

#include <QTest>

using namespace vida3;
using namespace vida3::encoder;

class TestEncoderSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyintFrames_data()
    {
        QTest::addColumn<int>("fps");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("frames");
        QTest::newRow("X 30 fps 3 s") << 30 << 3.0 << 90;
        QTest::newRow("Twitch 30 fps 2 s") << 30 << 2.0 << 60;
        QTest::newRow("60 fps 2 s") << 60 << 2.0 << 120;
        QTest::newRow("25 fps 0.5 s rounds") << 25 << 0.5 << 13;
    }
    void keyintFrames()
    {
        QFETCH(int, fps);
        QFETCH(double, seconds);
        QFETCH(int, frames);
        VideoSettings v;
        v.fps = fps;
        v.keyintSec = seconds;
        QCOMPARE(v.keyintFrames(), frames);
    }

    void x264OptionsAreCbrWithoutNalHrd()
    {
        VideoSettings v;
        QByteArray params;
        QByteArray preset;
        QByteArray profile;
        for (const CodecOption &o : x264Options(v)) {
            if (o.name == "x264-params")
                params = o.value;
            if (o.name == "preset")
                preset = o.value;
            if (o.name == "profile")
                profile = o.value;
        }
        // The default is auto, which reaches x264 as the preset chosen for this machine.
        QVERIFY(x264Presets().contains(QString::fromUtf8(preset)));
        QCOMPARE(preset, resolveX264Speed(v).x264Preset.toUtf8());
        QCOMPARE(profile, QByteArray("high"));
        QVERIFY(params.contains("filler=1"));
        QVERIFY(params.contains("scenecut=0"));
        // nal-hrd makes x264 refuse live VBV changes, which adaptive bitrate needs.
        QVERIFY(!params.contains("nal-hrd"));
        v.profile = H264Profile::Main;
        bool sawMain = false;
        for (const CodecOption &o : x264Options(v))
            sawMain |= (o.name == "profile" && o.value == "main");
        QVERIFY(sawMain);
    }

    void validation_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("fps");
        QTest::addColumn<int>("kbps");
        QTest::addColumn<double>("keyint");
        QTest::addColumn<QString>("problem");
        QTest::newRow("X preset") << 1280 << 720 << 30 << 4000 << 3.0 << QString();
        QTest::newRow("odd width") << 1281 << 720 << 30 << 4000 << 3.0 << QStringLiteral("width");
        QTest::newRow("too tall") << 1280 << 4000 << 30 << 4000 << 3.0 << QStringLiteral("height");
        QTest::newRow("zero fps") << 1280 << 720 << 0 << 4000 << 3.0 << QStringLiteral("frame rate");
        QTest::newRow("tiny bitrate") << 1280 << 720 << 30 << 10 << 3.0 << QStringLiteral("bitrate");
        QTest::newRow("keyint 30 s") << 1280 << 720 << 30 << 4000 << 30.0 << QStringLiteral("keyframe");
    }
    void validation()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, fps);
        QFETCH(int, kbps);
        QFETCH(double, keyint);
        QFETCH(QString, problem);
        VideoSettings v;
        v.width = width;
        v.height = height;
        v.fps = fps;
        v.bitrateKbps = kbps;
        v.keyintSec = keyint;
        const Status s = validate(v);
        QCOMPARE(s.hasValue(), problem.isEmpty());
        if (!problem.isEmpty()) {
            QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(s.error().detail.contains(problem), qPrintable(s.error().detail));
        }
    }

    void audioValidation()
    {
        AudioSettings a;
        QVERIFY(validate(a).hasValue());
        a.sampleRate = 22050;
        QVERIFY(!validate(a).hasValue());
        a.sampleRate = 48000;
        a.bitrateKbps = 1000;
        QVERIFY(!validate(a).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestEncoderSettings)
#include "tst_encodersettings.moc"
