// SPDX-License-Identifier: GPL-2.0-or-later
// Real libx264 through libavcodec: the properties a platform checks (keyframe cadence on the
// time grid, CBR near the target) and the live bitrate change adaptive bitrate relies on.
#include "encoder/packetsink.h"
#include "encoder/videoencoder.h"
#include "encoder/videoframepool.h"

#include <QTest>

#include <map>

using namespace vida3;
using namespace vida3::encoder;

namespace {
struct Collector final : PacketSink
{
    std::map<int64_t, int64_t> bytesPerSecond;
    std::vector<int64_t> keyframePts;
    int fps = 30;
    void onPacket(const AVPacket *p) override
    {
        bytesPerSecond[p->pts / fps] += p->size;
        if (p->flags & AV_PKT_FLAG_KEY)
            keyframePts.push_back(p->pts);
    }
};

// Moving noise so x264 has to spend bits: CBR is only visible on content that needs them.
void paint(AVFrame *f, int64_t index)
{
    uint32_t seed = static_cast<uint32_t>(index * 2654435761u);
    for (int y = 0; y < f->height; ++y) {
        uint8_t *row = f->data[0] + static_cast<ptrdiff_t>(y) * f->linesize[0];
        for (int x = 0; x < f->width * 4; ++x) {
            seed = seed * 1664525u + 1013904223u;
            row[x] = static_cast<uint8_t>(seed >> 24);
        }
    }
}
}  // namespace

class TestVideoEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyframesFollowTheTimeGridEvenWhenFramesAreSkipped()
    {
        VideoSettings s;
        s.width = 320;
        s.height = 180;
        s.bitrateKbps = 500;
        s.keyintSec = 2.0;
        auto encoder = VideoEncoder::open(s);
        QVERIFY2(encoder.hasValue(), qPrintable(encoder.error().detail));
        VideoFramePool pool(s.width, s.height, 1);
        Collector sink;
        for (int64_t pts = 0; pts < 200; ++pts) {
            if (pts == 60 || pts == 61 || pts == 125)
                continue;  // skipped under load: the cadence must not shift
            PooledFrame f = pool.acquire();
            paint(f.get(), pts);
            QVERIFY((*encoder)->encode(f.get(), pts, sink).hasValue());
        }
        QVERIFY((*encoder)->flush(sink).hasValue());
        QCOMPARE(sink.keyframePts, (std::vector<int64_t>{0, 62, 120, 180}));
    }

    void bitrateChangesLiveWithFiller()
    {
        VideoSettings s;
        s.width = 640;
        s.height = 360;
        s.bitrateKbps = 2000;
        s.keyintSec = 2.0;
        auto encoder = VideoEncoder::open(s);
        QVERIFY2(encoder.hasValue(), qPrintable(encoder.error().detail));
        VideoFramePool pool(s.width, s.height, 1);
        Collector sink;
        for (int64_t pts = 0; pts < 8 * 30; ++pts) {
            if (pts == 4 * 30)
                (*encoder)->setBitrateKbps(700);
            PooledFrame f = pool.acquire();
            paint(f.get(), pts);
            QVERIFY((*encoder)->encode(f.get(), pts, sink).hasValue());
        }
        QVERIFY((*encoder)->flush(sink).hasValue());
        QCOMPARE((*encoder)->bitrateKbps(), 700);
        // Seconds 1-3 run at ~2000 kbps, seconds 5-7 at ~700 (the change lands within ~1 s).
        const double before = (sink.bytesPerSecond[1] + sink.bytesPerSecond[2] + sink.bytesPerSecond[3]) * 8 / 3000.0;
        const double after = (sink.bytesPerSecond[5] + sink.bytesPerSecond[6] + sink.bytesPerSecond[7]) * 8 / 3000.0;
        qInfo("kbps before %.0f, after %.0f", before, after);
        QVERIFY2(before > 1600 && before < 2400, qPrintable(QString::number(before)));
        QVERIFY2(after > 500 && after < 900, qPrintable(QString::number(after)));
    }

    // A replacement encoder (after a hardware encoder failed) repeats its SPS/PPS in front of
    // every keyframe, and has no B-frames: its parameter sets are not the ones in the outputs'
    // headers, so each keyframe must carry them; the default keeps them in the header only.
    void replacementRepeatsParameterSetsAtEveryKeyframe()
    {
        for (const bool replacement : {false, true}) {
            VideoSettings s;
            s.width = 320;
            s.height = 180;
            s.bitrateKbps = 500;
            s.keyintSec = 1.0;
            s.repeatHeaders = replacement;
            s.noBFrames = replacement;
            auto encoder = VideoEncoder::open(s);
            QVERIFY2(encoder.hasValue(), qPrintable(encoder.error().detail));
            VideoFramePool pool(s.width, s.height, 1);
            struct : PacketSink
            {
                int keyframes = 0, keyframesWithSps = 0, reordered = 0;
                void onPacket(const AVPacket *p) override
                {
                    reordered += p->pts != p->dts;
                    if (!(p->flags & AV_PKT_FLAG_KEY))
                        return;
                    ++keyframes;
                    for (int i = 0; i + 3 < p->size; ++i) {
                        if (p->data[i] == 0 && p->data[i + 1] == 0 && p->data[i + 2] == 1 && (p->data[i + 3] & 0x1f) == 7) {
                            ++keyframesWithSps;
                            break;
                        }
                    }
                }
            } sink;
            for (int64_t pts = 0; pts < 90; ++pts) {
                PooledFrame f = pool.acquire();
                paint(f.get(), pts);
                QVERIFY((*encoder)->encode(f.get(), pts, sink).hasValue());
            }
            QVERIFY((*encoder)->flush(sink).hasValue());
            QCOMPARE(sink.keyframes, 3);
            QCOMPARE(sink.keyframesWithSps, replacement ? 3 : 0);
            if (replacement)
                QCOMPARE(sink.reordered, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestVideoEncoder)
#include "tst_videoencoder.moc"
