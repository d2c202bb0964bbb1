// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/streamreader.h"

#include "encoder/averror.h"

extern "C" {
#include <libavdevice/avdevice.h>
}

#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

namespace vida3::studio::media {

namespace {
// What any input may make the decoder allocate: 8K is the largest picture a layer shows.
constexpr int64_t kMaxPixels = int64_t{7680} * 4320;

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Error inputError(const InputSpec &spec, const QString &what, int averror)
{
    return Error{spec.format.isEmpty() ? ErrorCode::FileIo : ErrorCode::DeviceFailed,
                 QStringLiteral("%1: %2: %3").arg(spec.label, what, encoder::avErrorText(averror))};
}
}  // namespace

bool hasStream(const AVFormatContext *input, AVMediaType type)
{
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        if (input->streams[i]->codecpar->codec_type == type)
            return true;
    }
    return false;
}

Expected<std::unique_ptr<StreamReader>> StreamReader::open(const InputSpec &spec, AVMediaType type)
{
    const AVInputFormat *format = nullptr;
    if (!spec.format.isEmpty()) {
        static std::once_flag devices;
        std::call_once(devices, [] { avdevice_register_all(); });
        format = av_find_input_format(spec.format.toUtf8().constData());
        if (!format)
            return Error{ErrorCode::Unsupported,
                         QStringLiteral("%1: this build's libavdevice has no \"%2\" input").arg(spec.label, spec.format)};
    }
    encoder::AvDictionary options;
    for (const auto &[key, value] : spec.options)
        options.set(key.constData(), value.constData());
    std::unique_ptr<StreamReader> reader(new StreamReader);
    reader->m_label = spec.label;
    reader->m_stallTimeoutMs = spec.stallTimeoutMs;
    reader->m_cancel = spec.cancel;
    reader->m_progressMs = nowMs();
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw)
        return Error{ErrorCode::EncoderFailed, QStringLiteral("%1: out of memory").arg(spec.label)};
    raw->interrupt_callback = AVIOInterruptCB{&StreamReader::interrupted, reader.get()};
    if (format)
        raw->fps_probe_size = 0;  // a device says its rate; guessing it from frames only delays the start
    // libavdevice's v4l2 blocks in VIDIOC_DQBUF and ignores the interrupt callback: a camera that
    // stops sending would hold its thread (and whoever joins it) for good. Non-blocking, the
    // reader polls and the stall timeout and cancel work.
    if (spec.format == u"v4l2")
        raw->flags |= AVFMT_FLAG_NONBLOCK;
    // avformat_open_input frees the context when it fails.
    if (int err = avformat_open_input(&raw, spec.url.toUtf8().constData(), format, options.out()); err < 0)
        return inputError(spec, QStringLiteral("cannot open"), err);
    reader->m_input.reset(raw);
    reader->m_progressMs = nowMs();
    // A file FFmpeg recognises only by a weak guess ("detected only with low score") is almost
    // always something else: refusing it beats streaming decoded noise.
    if (!format && raw->probe_score <= AVPROBE_SCORE_RETRY)
        return Error{ErrorCode::FileIo, QStringLiteral("%1: not a media file FFmpeg recognises (its best guess, %2, scored %3 of 100)")
                                            .arg(spec.label, QString::fromUtf8(raw->iformat->name))
                                            .arg(raw->probe_score)};
    if (int err = avformat_find_stream_info(raw, nullptr); err < 0)
        return inputError(spec, QStringLiteral("cannot read stream information"), err);
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(raw, type, -1, -1, &decoder, 0);
    if (index < 0 || !decoder) {
        const QString kind = type == AVMEDIA_TYPE_VIDEO ? QStringLiteral("video") : QStringLiteral("audio");
        return Error{ErrorCode::Unsupported, index == AVERROR_STREAM_NOT_FOUND
                                                 ? QStringLiteral("%1: no %2 stream").arg(spec.label, kind)
                                                 : QStringLiteral("%1: no decoder for its %2").arg(spec.label, kind)};
    }
    reader->m_streamIndex = index;
    reader->m_stream = raw->streams[index];
    reader->m_codec.reset(avcodec_alloc_context3(decoder));
    if (!reader->m_codec)
        return Error{ErrorCode::EncoderFailed, QStringLiteral("%1: out of memory").arg(spec.label)};
    if (int err = avcodec_parameters_to_context(reader->m_codec.get(), reader->m_stream->codecpar); err < 0)
        return inputError(spec, QStringLiteral("bad codec parameters"), err);
    reader->m_codec->max_pixels = kMaxPixels;
    reader->m_codec->pkt_timebase = reader->m_stream->time_base;
    reader->m_codec->thread_count = 2;
    if (int err = avcodec_open2(reader->m_codec.get(), decoder, nullptr); err < 0)
        return inputError(spec, QStringLiteral("cannot open the decoder"), err);
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        if (static_cast<int>(i) != index)
            raw->streams[i]->discard = AVDISCARD_ALL;  // the other reader takes those
    }
    if (raw->start_time != AV_NOPTS_VALUE)
        reader->m_startSeconds = static_cast<double>(raw->start_time) / AV_TIME_BASE;
    reader->m_packet = encoder::makePacket();
    reader->m_frame = encoder::makeFrame();
    return reader;
}

StreamReader::~StreamReader() = default;

int StreamReader::interrupted(void *self)
{
    auto *reader = static_cast<StreamReader *>(self);
    if (reader->m_cancel && reader->m_cancel->load())
        return 1;
    return reader->m_stallTimeoutMs > 0 && nowMs() - reader->m_progressMs.load() > reader->m_stallTimeoutMs ? 1 : 0;
}

Expected<StreamReader::Next> StreamReader::next()
{
    for (;;) {
        const int got = avcodec_receive_frame(m_codec.get(), m_frame.get());
        if (got == 0)
            return Next::Frame;
        if (got == AVERROR_EOF)
            return Next::End;
        if (got == AVERROR_INVALIDDATA)
            continue;  // a damaged frame (frame-threaded decoders report it here): skip it
        if (got != AVERROR(EAGAIN))
            return Error{ErrorCode::DeviceFailed, QStringLiteral("%1: cannot decode: %2").arg(m_label, encoder::avErrorText(got))};
        if (m_draining)
            return Next::End;
        const int read = av_read_frame(m_input.get(), m_packet.get());
        if (read == AVERROR(EAGAIN)) {  // a non-blocking device with no frame yet
            if (interrupted(this))
                return Error{ErrorCode::DeviceFailed, QStringLiteral("%1: no frame for %2 s").arg(m_label).arg(m_stallTimeoutMs / 1000.0)};
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            continue;
        }
        if (read == AVERROR_EOF || (read < 0 && avio_feof(m_input->pb))) {
            m_draining = true;
            avcodec_send_packet(m_codec.get(), nullptr);
            continue;
        }
        if (read >= 0)
            m_progressMs = nowMs();
        if (read < 0)
            return Error{ErrorCode::DeviceFailed, QStringLiteral("%1: cannot read: %2").arg(m_label, encoder::avErrorText(read))};
        if (m_packet->stream_index == m_streamIndex) {
            if (m_firstDts == AV_NOPTS_VALUE)
                m_firstDts = m_packet->dts != AV_NOPTS_VALUE ? m_packet->dts : m_packet->pts;
            const int sent = avcodec_send_packet(m_codec.get(), m_packet.get());
            // A damaged packet costs its frame, not the input: decoders resynchronise.
            if (sent < 0 && sent != AVERROR(EAGAIN) && sent != AVERROR_INVALIDDATA) {
                av_packet_unref(m_packet.get());
                return Error{ErrorCode::DeviceFailed, QStringLiteral("%1: cannot decode: %2").arg(m_label, encoder::avErrorText(sent))};
            }
        }
        av_packet_unref(m_packet.get());
    }
}

double StreamReader::frameSeconds() const
{
    const int64_t pts = m_frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(pts) * av_q2d(m_stream->time_base) - m_startSeconds;
}

Status StreamReader::rewind()
{
    // To the very first packet, not the first at time 0: an AAC or Opus stream starts with
    // priming samples its decoder needs to decode the first audible frame correctly.
    const int64_t first = m_firstDts != AV_NOPTS_VALUE ? m_firstDts : 0;
    if (int err = av_seek_frame(m_input.get(), m_streamIndex, first, AVSEEK_FLAG_BACKWARD); err < 0)
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot seek to the start: %2").arg(m_label, encoder::avErrorText(err))};
    avcodec_flush_buffers(m_codec.get());
    m_draining = false;
    return Status::ok();
}

double StreamReader::durationSeconds() const
{
    return m_input->duration > 0 ? static_cast<double>(m_input->duration) / AV_TIME_BASE : 0.0;
}

double StreamReader::frameRate() const
{
    const AVRational r = m_stream->avg_frame_rate.num > 0 ? m_stream->avg_frame_rate : m_stream->r_frame_rate;
    return r.num > 0 && r.den > 0 ? av_q2d(r) : 0.0;
}

}  // namespace vida3::studio::media
