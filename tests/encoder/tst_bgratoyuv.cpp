// SPDX-License-Identifier: GPL-2.0-or-later
// The canvas's colours as a viewer sees them: BGRA → YUV through libyuv, then back to RGB the
// way a decoder does it, with the matrix the stream signals. Also through a real x264 encode
// and libavcodec's H.264 decoder, reading the matrix from the decoded picture as players do.
#include "encoder/bgratoyuv.h"
#include "encoder/packetsink.h"
#include "encoder/videoencoder.h"
#include "encoder/videoframepool.h"

#include <QColor>
#include <QTest>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <array>
#include <cstdlib>
#include <vector>

using namespace vida3;
using namespace vida3::encoder;

namespace {
using Rgb = std::array<int, 3>;

void fill(AVFrame *bgra, const Rgb &c)
{
    for (int y = 0; y < bgra->height; ++y) {
        uint8_t *row = bgra->data[0] + static_cast<ptrdiff_t>(y) * bgra->linesize[0];
        for (int x = 0; x < bgra->width; ++x) {
            row[4 * x] = static_cast<uint8_t>(c[2]);
            row[4 * x + 1] = static_cast<uint8_t>(c[1]);
            row[4 * x + 2] = static_cast<uint8_t>(c[0]);
            row[4 * x + 3] = 255;
        }
    }
}

AvFramePtr yuvFrame(AVPixelFormat format, int w, int h)
{
    AvFramePtr f = makeFrame();
    f->format = format;
    f->width = w;
    f->height = h;
    if (av_frame_get_buffer(f.get(), 64) < 0)
        return {};
    return f;
}

int swsMatrix(AVColorSpace space)
{
    return space == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_SMPTE170M;
}

// Back to RGB as a decoder shows it, with `space`'s matrix, limited range; the centre pixel.
Rgb toRgb(const AVFrame *yuv, AVColorSpace space)
{
    SwsContext *sws = sws_getContext(yuv->width, yuv->height, static_cast<AVPixelFormat>(yuv->format), yuv->width,
                                     yuv->height, AV_PIX_FMT_RGB24, SWS_POINT, nullptr, nullptr, nullptr);
    const int *coefficients = sws_getCoefficients(swsMatrix(space));
    sws_setColorspaceDetails(sws, coefficients, 0, coefficients, 1, 0, 1 << 16, 1 << 16);
    std::vector<uint8_t> rgb(static_cast<size_t>(yuv->width) * yuv->height * 3);
    uint8_t *dst[4] = {rgb.data(), nullptr, nullptr, nullptr};
    int dstStride[4] = {yuv->width * 3, 0, 0, 0};
    sws_scale(sws, yuv->data, yuv->linesize, 0, yuv->height, dst, dstStride);
    sws_freeContext(sws);
    const size_t centre = (static_cast<size_t>(yuv->height / 2) * yuv->width + yuv->width / 2) * 3;
    return {rgb[centre], rgb[centre + 1], rgb[centre + 2]};
}

int maxDifference(const Rgb &a, const Rgb &b)
{
    return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

QString text(const Rgb &c)
{
    return QStringLiteral("(%1, %2, %3)").arg(c[0]).arg(c[1]).arg(c[2]);
}

const std::vector<std::pair<const char *, Rgb>> kColours = {
    {"black", {0, 0, 0}},        {"white", {255, 255, 255}},  {"grey", {128, 128, 128}},
    {"red", {255, 0, 0}},        {"green", {0, 255, 0}},      {"blue", {0, 0, 255}},
    {"VIDA violet", {124, 58, 237}}, {"skin", {224, 172, 140}}, {"teal", {20, 184, 166}},
};
}  // namespace

class TestBgraToYuv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursSurviveWithTheSignalledMatrix_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QColor>("colour");
        for (const AVPixelFormat format : {AV_PIX_FMT_YUV420P, AV_PIX_FMT_NV12}) {
            for (const auto &[name, c] : kColours)
                QTest::addRow("%s %s", av_get_pix_fmt_name(format), name) << int(format) << QColor(c[0], c[1], c[2]);
        }
    }

    void coloursSurviveWithTheSignalledMatrix()
    {
        QFETCH(int, format);
        QFETCH(QColor, colour);
        const Rgb c{colour.red(), colour.green(), colour.blue()};
        VideoFramePool pool(64, 36, 1);
        PooledFrame bgra = pool.acquire();
        fill(bgra.get(), c);
        AvFramePtr yuv = yuvFrame(static_cast<AVPixelFormat>(format), 64, 36);
        QVERIFY(yuv);
        QVERIFY(convertBgraToYuv(*bgra.get(), *yuv).hasValue());
        const Rgb shown = toRgb(yuv.get(), kEncodedMatrix);
        // libyuv's 7-bit coefficients: a few levels at most, far below a visible shift.
        QVERIFY2(maxDifference(shown, c) <= 4, qPrintable(text(c) + QStringLiteral(" shown as ") + text(shown)));
    }

    // The test can tell a wrong matrix: saturated colours decoded with BT.709 instead of the
    // signalled matrix are visibly off, so the VUI and the conversion must agree.
    void aWrongMatrixIsVisible()
    {
        VideoFramePool pool(64, 36, 1);
        PooledFrame bgra = pool.acquire();
        const Rgb red{255, 0, 0};
        fill(bgra.get(), red);
        AvFramePtr yuv = yuvFrame(AV_PIX_FMT_YUV420P, 64, 36);
        QVERIFY(convertBgraToYuv(*bgra.get(), *yuv).hasValue());
        QVERIFY(maxDifference(toRgb(yuv.get(), AVCOL_SPC_BT709), red) > 20);
    }

    void refusesAFrameOfAnotherSize()
    {
        VideoFramePool pool(64, 36, 1);
        PooledFrame bgra = pool.acquire();
        AvFramePtr yuv = yuvFrame(AV_PIX_FMT_YUV420P, 32, 36);
        const Status status = convertBgraToYuv(*bgra.get(), *yuv);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!canConvertBgraTo(AV_PIX_FMT_YUV444P));
    }

    // What a viewer gets: x264's stream decoded by libavcodec, converted with the matrix the
    // decoded picture carries (as FFmpeg, browsers and VLC do).
    void aDecodedStreamShowsTheCanvasColours()
    {
        VideoSettings s;
        s.width = 320;
        s.height = 180;
        s.bitrateKbps = 800;
        auto encoder = VideoEncoder::open(s);
        QVERIFY2(encoder.hasValue(), qPrintable(encoder.error().detail));
        const AVCodec *h264 = avcodec_find_decoder(AV_CODEC_ID_H264);
        AvCodecContextPtr decoder(avcodec_alloc_context3(h264));
        const AVCodecContext *enc = (*encoder)->context();
        decoder->extradata = static_cast<uint8_t *>(av_mallocz(enc->extradata_size + AV_INPUT_BUFFER_PADDING_SIZE));
        memcpy(decoder->extradata, enc->extradata, enc->extradata_size);
        decoder->extradata_size = enc->extradata_size;
        QCOMPARE(avcodec_open2(decoder.get(), h264, nullptr), 0);

        struct Decode final : PacketSink
        {
            AVCodecContext *decoder = nullptr;
            std::vector<AvFramePtr> pictures;
            void onPacket(const AVPacket *p) override
            {
                avcodec_send_packet(decoder, p);
                for (AvFramePtr f = makeFrame(); avcodec_receive_frame(decoder, f.get()) == 0; f = makeFrame())
                    pictures.push_back(std::move(f));
            }
        } sink;
        sink.decoder = decoder.get();
        VideoFramePool pool(s.width, s.height, 1);
        for (int64_t pts = 0; pts < static_cast<int64_t>(kColours.size()) * 10; ++pts) {
            PooledFrame f = pool.acquire();
            fill(f.get(), kColours[static_cast<size_t>(pts / 10)].second);
            QVERIFY((*encoder)->encode(f.get(), pts, sink).hasValue());
        }
        QVERIFY((*encoder)->flush(sink).hasValue());
        avcodec_send_packet(decoder.get(), nullptr);
        for (AvFramePtr f = makeFrame(); avcodec_receive_frame(decoder.get(), f.get()) == 0; f = makeFrame())
            sink.pictures.push_back(std::move(f));
        QCOMPARE(sink.pictures.size(), kColours.size() * 10);
        for (size_t i = 0; i < kColours.size(); ++i) {
            const AVFrame *last = sink.pictures[i * 10 + 9].get();  // settled after the cut
            QCOMPARE(last->colorspace, kEncodedMatrix);
            QCOMPARE(last->color_primaries, AVCOL_PRI_BT709);
            const Rgb shown = toRgb(last, last->colorspace);
            const Rgb &c = kColours[i].second;
            QVERIFY2(maxDifference(shown, c) <= 6,
                     qPrintable(QString::fromLatin1(kColours[i].first) + QLatin1Char(' ') + text(c) +
                                QStringLiteral(" shown as ") + text(shown)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBgraToYuv)
#include "tst_bgratoyuv.moc"
