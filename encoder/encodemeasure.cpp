// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/encodemeasure.h"

#include "encoder/videoencoder.h"
#include "encoder/x264speed.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <vector>

extern "C" {
#include <libavutil/frame.h>
}

namespace vida3::encoder {

namespace {
class DiscardingSink final : public PacketSink
{
public:
    void onPacket(const AVPacket *) override {}
};

// A picture wider than the frame: each frame shows it shifted (a whole-frame pan, as a game in
// motion or a moving camera makes: the motion search is most of x264's work, measured at about
// twice the cost of a still picture) and a band of it with new noise (detail no reference frame
// holds). It is harder than ffmpeg's testsrc2 (about 1.5 times here), so a format that keeps up
// with it keeps up with real shows.
class TestPicture
{
public:
    TestPicture(int width, int height) : m_width(width), m_height(height), m_stride((width + kTravel) * 4)
    {
        m_pixels.resize(static_cast<size_t>(m_stride) * height);
        for (int y = 0; y < height; ++y) {
            uint8_t *row = m_pixels.data() + static_cast<ptrdiff_t>(y) * m_stride;
            for (int x = 0; x < width + kTravel; ++x) {
                // Smooth gradients with a little grain, as a camera or a game frame has.
                const auto grain = static_cast<uint8_t>(next() >> 30);
                row[x * 4 + 0] = static_cast<uint8_t>((x * 255) / (width + kTravel) + grain);
                row[x * 4 + 1] = static_cast<uint8_t>((y * 255) / height + grain);
                row[x * 4 + 2] = static_cast<uint8_t>(((x + y) / 4) & 0xff);
                row[x * 4 + 3] = 0xff;
            }
        }
    }

    void paint(AVFrame *frame, int index)
    {
        // Fresh sensor noise over a band of the picture: detail no earlier frame holds.
        const int band = std::max(2, m_height / 12);
        const int bandTop = (index * band) % std::max(1, m_height - band);
        for (int y = bandTop; y < bandTop + band; ++y) {
            uint8_t *row = m_pixels.data() + static_cast<ptrdiff_t>(y) * m_stride;
            for (int x = 0; x < (m_width + kTravel) * 4; x += 4)
                row[x] = static_cast<uint8_t>((row[x] & 0xfc) | (next() >> 30));
        }
        const int shift = (index * 3) % kTravel;
        for (int y = 0; y < m_height; ++y)
            std::memcpy(frame->data[0] + static_cast<ptrdiff_t>(y) * frame->linesize[0],
                        m_pixels.data() + static_cast<ptrdiff_t>(y) * m_stride + shift * 4, static_cast<size_t>(m_width) * 4);
    }

private:
    static constexpr int kTravel = 256;
    uint32_t next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state;
    }

    int m_width;
    int m_height;
    int m_stride;
    std::vector<uint8_t> m_pixels;
    uint32_t m_state = 12345;
};
}  // namespace

Expected<EncodeMeasurement> measureEncode(const VideoSettings &settings, double seconds,
                                          const std::function<bool()> &cancelled)
{
    VideoSettings video = resolveX264Speed(settings);
    video.failAtFrameForTest = 0;
    auto opened = VideoEncoder::open(video);
    if (!opened)
        return opened.error();
    VideoEncoder &encoder = *opened.value();
    AvFramePtr bgra = makeFrame();
    bgra->format = AV_PIX_FMT_BGRA;
    bgra->width = video.width;
    bgra->height = video.height;
    if (av_frame_get_buffer(bgra.get(), 64) < 0)
        return Error{ErrorCode::EncoderFailed, QStringLiteral("cannot allocate a %1x%2 test frame").arg(video.width).arg(video.height)};
    TestPicture picture(video.width, video.height);
    DiscardingSink sink;

    // The warm-up fills x264's look-ahead and frame threads, which the first frames only wait for.
    const int warmUp = std::max(4, video.fps / 2);
    EncodeMeasurement result;
    result.settings = video;
    QElapsedTimer clock;
    const qint64 budgetNs = static_cast<qint64>(seconds * 1e9);
    for (int index = 0;; ++index) {
        if (cancelled && cancelled())
            return Error{ErrorCode::Cancelled, QStringLiteral("the measurement was cancelled")};
        if (index == warmUp)
            clock.start();
        picture.paint(bgra.get(), index);
        if (Status s = encoder.encode(bgra.get(), index, sink); !s)
            return s.error();
        if (index >= warmUp) {
            result.frames = index - warmUp + 1;
            if (clock.nsecsElapsed() >= budgetNs)
                break;
        }
    }
    // The frames still in the look-ahead are part of the work timed.
    if (Status s = encoder.flush(sink); !s)
        return s.error();
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

}  // namespace vida3::encoder
