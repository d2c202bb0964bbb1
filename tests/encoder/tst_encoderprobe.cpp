// SPDX-License-Identifier: GPL-2.0-or-later
// Choosing the video encoder: x264 always works here; a hardware encoder is trusted only after
// a real test encode, and the choice says which encoder it is and why.
#include "encoder/avhandles.h"
#include "encoder/encoderoptions.h"
#include "encoder/encoderprobe.h"

extern "C" {
#include <libavutil/opt.h>
}

#include <QTest>

#include <algorithm>

using namespace vida3::encoder;

class TestEncoderProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (const QString &name : encoderKindNames()) {
            const auto kind = encoderKindFromName(name);
            QVERIFY2(kind.has_value(), qPrintable(name));
            QCOMPARE(encoderKindName(*kind), name);
        }
        QCOMPARE(encoderKindFromName(QStringLiteral("NVENC")), std::optional(VideoEncoderKind::Nvenc));
        QVERIFY(!encoderKindFromName(QStringLiteral("h265")).has_value());
        QCOMPARE(encoderKindNames().mid(0, 2), (QStringList{QStringLiteral("auto"), QStringLiteral("x264")}));
    }

    // Every option the studio sets is one the encoder's libav wrapper knows, with a value it
    // accepts, for every profile: Debian's FFmpeg builds the hardware wrappers in even where
    // there is no hardware, so the names and constants are checked without a device.
    void everyOptionIsOneTheEncoderAccepts()
    {
        int checked = 0;
        for (VideoEncoderKind kind : {VideoEncoderKind::X264, VideoEncoderKind::Nvenc, VideoEncoderKind::Vaapi,
                                      VideoEncoderKind::Qsv, VideoEncoderKind::VideoToolbox, VideoEncoderKind::Amf}) {
            const AVCodec *codec = avcodec_find_encoder_by_name(libavEncoderName(kind));
            if (!codec)
                continue;  // not in this FFmpeg build (VideoToolbox and AMF on Linux)
            for (H264Profile profile : {H264Profile::High, H264Profile::Main, H264Profile::Baseline}) {
                VideoSettings video;
                video.profile = profile;
                video.repeatHeaders = true;
                AvCodecContextPtr context(avcodec_alloc_context3(codec));
                for (const CodecOption &option : encoderOptions(kind, video)) {
                    const int err = av_opt_set(context->priv_data, option.name.constData(), option.value.constData(), 0);
                    QVERIFY2(err == 0, qPrintable(QStringLiteral("%1: %2=%3 refused").arg(encoderKindName(kind),
                                                                                     QString::fromLatin1(option.name),
                                                                                     QString::fromLatin1(option.value))));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 30);  // x264, NVENC, VAAPI and QSV at least
    }

    void x264ProbeEncodesAFrame()
    {
        const EncoderProbe probe = probeEncoder(VideoEncoderKind::X264, VideoSettings{});
        QVERIFY2(probe.works, qPrintable(probe.detail));
        QCOMPARE(probe.detail, QStringLiteral("encoded a 1280x720 test frame"));
    }

    void missingDeviceFailsTheProbeWithItsName()
    {
        VideoSettings video;
        video.vaapiDevice = QStringLiteral("/nonexistent/renderD999");
        const EncoderProbe probe = probeEncoder(VideoEncoderKind::Vaapi, video);
        QVERIFY(!probe.works);
        QVERIFY2(probe.detail.startsWith(QStringLiteral("no VAAPI device at /nonexistent/renderD999")),
                 qPrintable(probe.detail));
    }

    void askedForHardwareThatFailsFallsBackAndSaysWhy()
    {
        VideoSettings video;
        video.encoderKind = VideoEncoderKind::Vaapi;
        video.vaapiDevice = QStringLiteral("/nonexistent/renderD999");
        const EncoderChoice choice = chooseVideoEncoder(video);
        QCOMPARE(choice.kind, VideoEncoderKind::X264);
        QVERIFY(choice.fellBack);
        QVERIFY2(choice.reason.contains(QStringLiteral("using x264 instead")), qPrintable(choice.reason));
    }

    // Auto never answers "auto": it is a concrete encoder whose probe worked, or x264 with the
    // reason for each hardware encoder it tried.
    void autoIsAlwaysConcrete()
    {
        VideoSettings video;
        video.encoderKind = VideoEncoderKind::Auto;
        const EncoderChoice choice = chooseVideoEncoder(video);
        QVERIFY(choice.kind != VideoEncoderKind::Auto);
        QVERIFY(!choice.fellBack);
        QVERIFY2(choice.reason.startsWith(QStringLiteral("automatic: ")), qPrintable(choice.reason));
        if (choice.kind == VideoEncoderKind::X264) {
            for (VideoEncoderKind kind : hardwareKinds())
                QVERIFY2(choice.reason.contains(encoderKindName(kind) + QStringLiteral(": ")), qPrintable(choice.reason));
        } else {
            QVERIFY(probeEncoder(choice.kind, video).works);
        }
    }

    void chosenX264IsNotProbed()
    {
        const EncoderChoice choice = chooseVideoEncoder(VideoSettings{});
        QCOMPARE(choice.kind, VideoEncoderKind::X264);
        QCOMPARE(choice.reason, QStringLiteral("x264 (as chosen)"));
    }
};

QTEST_GUILESS_MAIN(TestEncoderProbe)
#include "tst_encoderprobe.moc"
