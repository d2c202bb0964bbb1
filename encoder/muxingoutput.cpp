// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/muxingoutput.h"

#include "encoder/averror.h"
#include "encoder/packetsink.h"

#include <chrono>

namespace vida3::encoder {

namespace {
// x264's lookahead delays video by well under a second; this holds ~1.5 s of AAC packets.
constexpr size_t kMaxHeldAudio = 64;
constexpr auto kPopWait = std::chrono::milliseconds(50);

int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
}  // namespace

MuxingOutput::MuxingOutput(QString name, int queueCapacity) : m_name(std::move(name)), m_queue(queueCapacity)
{
    m_heldAudio.reserve(kMaxHeldAudio);
    for (size_t i = 0; i < kMaxHeldAudio; ++i)
        m_heldAudio.push_back(makePacket());
}

MuxingOutput::~MuxingOutput()
{
    requestStop(0);
    join();
}

void MuxingOutput::setStateCallback(StateCallback callback)
{
    std::lock_guard lock(m_stateMutex);
    m_callback = std::move(callback);
}

void MuxingOutput::start(std::shared_ptr<const StreamLayout> layout)
{
    if (m_started.exchange(true))
        return;
    m_layout = std::move(layout);
    m_thread = std::thread([this] { run(); });
}

void MuxingOutput::push(const AVPacket *packet)
{
    m_queue.push(packet);
}

void MuxingOutput::requestStop(int drainMs)
{
    const int64_t now = nowNs();
    if (!m_stopRequested.exchange(true)) {
        m_drainUntilNs = now + int64_t{drainMs} * 1'000'000;
        // Blocking network calls get a little longer than the drain to finish the trailer.
        m_abortAtNs = now + int64_t{drainMs} * 1'000'000 + 300'000'000;
    } else if (drainMs == 0) {
        m_drainUntilNs = now;
        m_abortAtNs = now;
    }
    m_queue.stop();
}

void MuxingOutput::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

OutputStats MuxingOutput::stats() const
{
    OutputStats stats;
    {
        std::lock_guard lock(const_cast<std::mutex &>(m_stateMutex));
        stats.state = m_state;
        stats.error = m_error;
    }
    stats.bytes = m_bytes.load();
    stats.droppedVideoFrames = m_queue.droppedVideoFrames();
    stats.queuedPackets = m_queue.size();
    return stats;
}

void MuxingOutput::setState(OutputState state, const Error &error)
{
    StateCallback callback;
    {
        std::lock_guard lock(m_stateMutex);
        m_state = state;
        m_error = error;
        callback = m_callback;
    }
    if (callback)
        callback(state, error);
}

int MuxingOutput::interruptCallback(void *opaque)
{
    const auto *self = static_cast<const MuxingOutput *>(opaque);
    return nowNs() >= self->m_abortAtNs.load() ? 1 : 0;
}

void MuxingOutput::run()
{
    setState(OutputState::Connecting);
    const AVIOInterruptCB interrupt{&MuxingOutput::interruptCallback, this};
    Expected<AvFormatOutputPtr> opened = openContainer(interrupt);
    if (!opened) {
        m_queue.stop();
        m_queue.clear();
        if (stopRequested())
            setState(OutputState::Stopped);
        else
            setState(OutputState::Failed, opened.error());
        return;
    }
    AvFormatOutputPtr context = std::move(opened).value();
    context->interrupt_callback = interrupt;
    if (Status header = writeHeader(context.get()); !header) {
        m_queue.stop();
        m_queue.clear();
        setState(OutputState::Failed, header.error());
        return;
    }
    setState(OutputState::Live);

    AvPacketPtr packet = makePacket();
    Error failure;
    for (;;) {
        if (stopRequested() && nowNs() >= m_drainUntilNs.load())
            break;
        if (!m_queue.pop(packet.get(), kPopWait)) {
            if (stopRequested())
                break;  // drained
            continue;
        }
        if (!rebase(packet.get())) {
            av_packet_unref(packet.get());
            continue;
        }
        if (Status written = writePacket(context.get(), packet.get()); !written) {
            if (!stopRequested())
                failure = written.error();
            break;
        }
        // Held audio goes out right behind the keyframe that opened the output.
        for (size_t i = 0; i < m_heldAudioCount && failure.code == ErrorCode::None; ++i) {
            if (Status written = writePacket(context.get(), m_heldAudio[i].get()); !written && !stopRequested())
                failure = written.error();
        }
        m_heldAudioCount = 0;
        if (failure.code != ErrorCode::None)
            break;
        m_bytes = avio_tell(context->pb);
    }
    if (stopRequested())
        setState(OutputState::Stopping);
    m_queue.stop();
    m_queue.clear();
    if (failure.code == ErrorCode::None)
        av_write_trailer(context.get());
    if (context->pb)
        m_bytes = avio_tell(context->pb);
    context.reset();  // closes the connection or file
    if (failure.code != ErrorCode::None)
        setState(OutputState::Failed, failure);
    else
        setState(OutputState::Stopped);
}

Status MuxingOutput::writeHeader(AVFormatContext *context)
{
    const AvCodecParametersPtr *params[] = {&m_layout->video, &m_layout->audio};
    const AVRational timeBases[] = {m_layout->videoTimeBase, m_layout->audioTimeBase};
    for (int i = 0; i < 2; ++i) {
        AVStream *stream = avformat_new_stream(context, nullptr);
        if (!stream || avcodec_parameters_copy(stream->codecpar, params[i]->get()) < 0)
            return Error{ErrorCode::EncoderFailed, QStringLiteral("cannot add a stream to the container")};
        stream->time_base = timeBases[i];
        if (i == 0) {
            stream->avg_frame_rate = m_layout->frameRate;
            stream->r_frame_rate = m_layout->frameRate;
        }
    }
    AvDictionary options;
    muxerOptions(options);
    if (int err = avformat_write_header(context, options.out()); err < 0)
        return writeError(err);
    return Status::ok();
}

AVRational MuxingOutput::sourceTimeBase(const AVPacket *packet) const
{
    return packet->stream_index == static_cast<int>(StreamKind::Video) ? m_layout->videoTimeBase
                                                                       : m_layout->audioTimeBase;
}

bool MuxingOutput::rebase(AVPacket *packet)
{
    const bool isVideo = packet->stream_index == static_cast<int>(StreamKind::Video);
    if (!m_haveOffset) {
        if (isVideo && (packet->flags & AV_PKT_FLAG_KEY)) {
            // dts, not pts: with B-frames the keyframe decodes before it shows, and the
            // container needs non-negative decode times.
            m_offsetUs = av_rescale_q(packet->dts, sourceTimeBase(packet), AV_TIME_BASE_Q);
            m_haveOffset = true;
            // Keep the held audio that plays from the keyframe on, shifted like the video.
            size_t kept = 0;
            for (size_t i = 0; i < m_heldAudioCount; ++i) {
                AVPacket *held = m_heldAudio[i].get();
                if (av_rescale_q(held->pts, sourceTimeBase(held), AV_TIME_BASE_Q) < m_offsetUs) {
                    av_packet_unref(held);
                    continue;
                }
                if (kept != i)
                    std::swap(m_heldAudio[kept], m_heldAudio[i]);
                ++kept;
            }
            m_heldAudioCount = kept;
            for (size_t i = 0; i < m_heldAudioCount; ++i) {
                AVPacket *held = m_heldAudio[i].get();
                const int64_t offset = av_rescale_q(m_offsetUs, AV_TIME_BASE_Q, sourceTimeBase(held));
                held->pts -= offset;
                held->dts -= offset;
            }
        } else if (!isVideo && m_heldAudioCount < m_heldAudio.size()) {
            av_packet_move_ref(m_heldAudio[m_heldAudioCount++].get(), packet);
            return false;
        } else {
            return false;
        }
    }
    const int64_t offset = av_rescale_q(m_offsetUs, AV_TIME_BASE_Q, sourceTimeBase(packet));
    packet->pts -= offset;
    packet->dts -= offset;
    if (!isVideo && packet->pts < 0)
        return false;
    return true;
}

Status MuxingOutput::writePacket(AVFormatContext *context, AVPacket *packet)
{
    AVStream *stream = context->streams[packet->stream_index];
    av_packet_rescale_ts(packet, sourceTimeBase(packet), stream->time_base);
    packet->time_base = stream->time_base;
    // Takes the packet's reference whether it succeeds or not.
    if (int err = av_interleaved_write_frame(context, packet); err < 0)
        return writeError(err);
    return Status::ok();
}

}  // namespace vida3::encoder
