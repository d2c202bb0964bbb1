// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/encoderprobe.h"

#include "encoder/avlogbridge.h"
#include "encoder/videoencoder.h"

#include <QElapsedTimer>

#include <algorithm>

extern "C" {
#include <libavutil/imgutils.h>
}

namespace vida3::encoder {

namespace {
class CountingSink final : public PacketSink
{
public:
    void onPacket(const AVPacket *packet) override
    {
        ++packets;
        bytes += packet->size;
    }
    int packets = 0;
    int64_t bytes = 0;
};

QString probeFrame(VideoEncoder &encoder, const VideoSettings &settings)
{
    AvFramePtr bgra = makeFrame();
    bgra->format = AV_PIX_FMT_BGRA;
    bgra->width = settings.width;
    bgra->height = settings.height;
    if (av_frame_get_buffer(bgra.get(), 64) < 0)
        return QStringLiteral("cannot allocate a test frame");
    for (int y = 0; y < settings.height; ++y)
        std::fill_n(bgra->data[0] + static_cast<ptrdiff_t>(y) * bgra->linesize[0], settings.width * 4, uint8_t{0x40});
    CountingSink sink;
    if (Status s = encoder.encode(bgra.get(), 0, sink); !s)
        return s.error().detail;
    if (Status s = encoder.flush(sink); !s)
        return s.error().detail;
    if (sink.packets == 0)
        return QStringLiteral("the encoder produced no output");
    return {};
}
}  // namespace

EncoderProbe probeEncoder(VideoEncoderKind kind, const VideoSettings &settings)
{
    QElapsedTimer timer;
    timer.start();
    EncoderProbe probe;
    probe.kind = kind;
    VideoSettings trial = settings;
    trial.encoderKind = kind;
    trial.failAtFrameForTest = 0;
    AvLogCapture log;  // libav's own words often say more than its error code
    auto opened = VideoEncoder::open(trial);
    QString why = opened ? probeFrame(*opened.value(), trial) : opened.error().detail;
    if (!why.isEmpty()) {
        if (const QString libav = log.firstError(); !libav.isEmpty() && !why.contains(libav))
            why += QStringLiteral(" (%1)").arg(libav);
        probe.detail = why;
    } else {
        probe.works = true;
        probe.detail = QStringLiteral("encoded a %1x%2 test frame").arg(trial.width).arg(trial.height);
    }
    probe.ms = static_cast<int>(timer.elapsed());
    return probe;
}

QList<EncoderProbe> probeAllEncoders(const VideoSettings &settings)
{
    QList<EncoderProbe> probes{probeEncoder(VideoEncoderKind::X264, settings)};
    for (VideoEncoderKind kind : hardwareKinds())
        probes.append(probeEncoder(kind, settings));
    return probes;
}

EncoderChoice chooseVideoEncoder(const VideoSettings &settings)
{
    const VideoEncoderKind requested = settings.encoderKind;
    if (requested == VideoEncoderKind::X264)
        return {VideoEncoderKind::X264, QStringLiteral("x264 (as chosen)"), false};
    if (requested != VideoEncoderKind::Auto) {
        const EncoderProbe probe = probeEncoder(requested, settings);
        if (probe.works)
            return {requested, QStringLiteral("%1 (as chosen; its test encode worked)").arg(encoderKindLabel(requested)),
                    false};
        return {VideoEncoderKind::X264,
                QStringLiteral("%1 does not work here (%2): using x264 instead")
                    .arg(encoderKindLabel(requested), probe.detail),
                true};
    }
    QStringList failures;
    for (VideoEncoderKind kind : hardwareKinds()) {
        const EncoderProbe probe = probeEncoder(kind, settings);
        if (probe.works)
            return {kind, QStringLiteral("automatic: %1, the first hardware encoder whose test encode worked")
                              .arg(encoderKindLabel(kind)), false};
        failures.append(QStringLiteral("%1: %2").arg(encoderKindName(kind), probe.detail));
    }
    return {VideoEncoderKind::X264,
            QStringLiteral("automatic: x264, because no hardware encoder works here (%1)")
                .arg(failures.join(QStringLiteral("; "))),
            false};
}

}  // namespace vida3::encoder
