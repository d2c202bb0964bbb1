// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/muxingoutput.h"

#include "encoder/averror.h"
#include "encoder/packetsink.h"

#include <algorithm>
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

MuxingOutput::MuxingOutput(QString name, int queueCapacity, DropPolicy policy)
    : m_name(std::move(name)), m_queue(queueCapacity, policy)
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
    if (!m_layout)
        return;
    m_queue.push(packet, av_rescale_q(packet->dts, sourceTimeBase(packet), AV_TIME_BASE_Q));
}

void MuxingOutput::requestStop(int drainMs)
{
    const int64_t now = nowNs();
    // The deadlines are in place before the flag: the output thread reads them once it sees it.
    const bool first = !m_stopRequested.load();
    if (first && drainMs == kDrainAll) {
        m_drainUntilNs = INT64_MAX;
        m_abortAtNs = INT64_MAX;
    } else if (first) {
        m_drainUntilNs = now + int64_t{drainMs} * 1'000'000;
        // Blocking network calls get a little longer than the drain to finish the trailer.
        m_abortAtNs = now + int64_t{drainMs} * 1'000'000 + 300'000'000;
    } else if (drainMs == 0) {
        m_drainUntilNs = now;
        m_abortAtNs = now;
    }
    m_stopRequested = true;
    m_queue.stop();
    std::lock_guard lock(m_stateMutex);
    m_wake.notify_all();
}

void MuxingOutput::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void MuxingOutput::reconnectNow()
{
    std::lock_guard lock(m_stateMutex);
    m_retryNow = true;
    m_wake.notify_all();
}

OutputStats MuxingOutput::stats() const
{
    OutputStats stats;
    {
        std::lock_guard lock(m_stateMutex);
        stats.state = m_state;
        stats.error = m_error;
        stats.attempt = m_attempt;
        stats.reconnects = m_reconnects;
        stats.activeTarget = targetName(m_activeIndex);
        if (m_state == OutputState::Reconnecting && m_nextAttemptAtNs > 0)
            stats.nextAttemptInMs = static_cast<int>(std::max<int64_t>(0, m_nextAttemptAtNs - nowNs()) / 1'000'000);
    }
    stats.bytes = m_bytes.load();
    stats.droppedVideoFrames = m_queue.droppedVideoFrames();
    stats.videoFrames = m_videoFrames.load();
    stats.queuedPackets = m_queue.size();
    stats.queueMs = m_queue.bufferedVideoMs();
    stats.congestion = m_queue.congestion();
    {
        std::lock_guard lock(m_pauseMutex);
        stats.paused = m_pause.fromUs != INT64_MAX && m_pause.untilUs == INT64_MAX;
    }
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
    auto *self = static_cast<MuxingOutput *>(opaque);
    const int64_t now = nowNs();
    if (now >= self->m_abortAtNs.load())
        return 1;
    // Writing, and no byte got through for this long: the peer stopped reading (no reset came).
    // Measured from the last progress, not the start of one write, so a peer that lets a few
    // bytes trickle in (a frozen receiver's kernel compacting its buffer) is still caught.
    const int64_t since = std::max(self->m_writeSinceNs.load(), self->m_progressNs.load());
    const int deadMs = self->deadLinkMs();
    if (self->m_writeSinceNs.load() > 0 && deadMs > 0 && now - since > int64_t{deadMs} * 1'000'000) {
        self->m_linkDead = true;
        return 1;
    }
    return 0;
}

void MuxingOutput::run()
{
    const ReconnectPolicy policy = reconnectPolicy();
    int index = 0;
    int failuresOnTarget = 0;
    bool everLive = false;
    Error last;
    for (int attempt = 0;; ++attempt) {
        {
            std::lock_guard lock(m_stateMutex);
            m_activeIndex = index;
            m_attempt = attempt;
        }
        setState(attempt == 0 ? OutputState::Connecting : OutputState::Reconnecting, last);
        const Connection connection = runConnection(index);
        if (stopRequested() || connection.error.code == ErrorCode::None) {
            setState(OutputState::Stopped);
            return;
        }
        last = connection.error;
        everLive |= connection.wasLive;
        if (connection.wasLive) {
            attempt = 0;  // a drop after being live starts a fresh backoff
            failuresOnTarget = 0;
        }
        const bool canFailOver = targetCount() > 1;
        // Like OBS, a first connection that fails is reported at once (usually a wrong URL),
        // unless there is a backup to try; once live, transient losses are retried.
        const bool retry = !ReconnectPolicy::isPermanent(last.code) && policy.maxAttempts > 0
            && (everLive || canFailOver) && attempt < policy.maxAttempts;
        if (!retry) {
            if (attempt >= policy.maxAttempts && policy.maxAttempts > 0)
                last.detail = QStringLiteral("gave up after %1 attempts: %2").arg(attempt).arg(last.detail);
            setState(OutputState::Failed, last);
            return;
        }
        if (canFailOver && ++failuresOnTarget >= (everLive ? policy.failoverAfter : 1)) {
            index = (index + 1) % targetCount();
            failuresOnTarget = 0;
        }
        const int delayMs = policy.delayMs(attempt + 1, m_random);
        {
            std::lock_guard lock(m_stateMutex);
            m_attempt = attempt + 1;
            m_activeIndex = index;
            m_nextAttemptAtNs = nowNs() + int64_t{delayMs} * 1'000'000;
        }
        setState(OutputState::Reconnecting, last);
        if (!waitForRetry(delayMs)) {
            setState(OutputState::Stopped);
            return;
        }
    }
}

bool MuxingOutput::waitForRetry(int delayMs)
{
    std::unique_lock lock(m_stateMutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(delayMs), [this] { return m_retryNow || stopRequested(); });
    m_retryNow = false;
    m_nextAttemptAtNs = 0;
    return !stopRequested();
}

MuxingOutput::Connection MuxingOutput::runConnection(int index)
{
    Connection result;
    const AVIOInterruptCB interrupt{&MuxingOutput::interruptCallback, this};
    m_linkDead = false;
    m_writeSinceNs = 0;
    m_progressNs = 0;
    Expected<AvFormatOutputPtr> opened = openContainer(interrupt, index);
    if (!opened) {
        result.error = stopRequested() ? Error{} : opened.error();
        return result;
    }
    AvFormatOutputPtr context = std::move(opened).value();
    context->interrupt_callback = interrupt;
    if (Status header = writeHeader(context.get()); !header) {
        result.error = header.error();
        return result;
    }
    m_haveOffset = false;
    dropHeldAudio();
    m_timelineUs = 0;
    m_videoEndUs = 0;
    m_audioEndUs = 0;
    m_lastVideoDtsUs = INT64_MIN / 2;
    const int64_t bytesBefore = m_bytes.load();
    m_queue.resume();
    result.wasLive = true;
    {
        std::lock_guard lock(m_stateMutex);
        if (m_attempt > 0)
            ++m_reconnects;
    }
    setState(OutputState::Live);

    AvPacketPtr packet = makePacket();
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
        const bool isVideo = packet->stream_index == static_cast<int>(StreamKind::Video);
        Status written = writePacket(context.get(), packet.get());
        // Held audio goes out right behind the keyframe that opened the connection.
        for (size_t i = 0; written && i < m_heldAudioCount; ++i)
            written = writePacket(context.get(), m_heldAudio[i].get());
        m_heldAudioCount = 0;
        if (!written) {
            if (!stopRequested())
                result.error = written.error();
            break;
        }
        if (isVideo)
            ++m_videoFrames;
        const int64_t sent = bytesBefore + avio_tell(context->pb);
        if (sent != m_bytes.load()) {
            m_bytes = sent;
            m_progressNs = nowNs();
        }
    }
    if (stopRequested())
        setState(OutputState::Stopping);
    // Nothing piles up while there is no connection: a new one starts on a fresh keyframe.
    m_queue.pause();
    m_queue.clear();
    if (result.error.code == ErrorCode::None)
        av_write_trailer(context.get());
    if (context->pb)
        m_bytes = bytesBefore + avio_tell(context->pb);
    context.reset();  // closes the connection or file
    return result;
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

void MuxingOutput::dropHeldAudio()
{
    for (size_t i = 0; i < m_heldAudioCount; ++i)
        av_packet_unref(m_heldAudio[i].get());
    m_heldAudioCount = 0;
}

void MuxingOutput::setPaused(bool paused, int64_t atUs)
{
    std::lock_guard lock(m_pauseMutex);
    const bool pausedNow = m_pause.fromUs != INT64_MAX && m_pause.untilUs == INT64_MAX;
    if (paused && !pausedNow)
        m_pause = {atUs, INT64_MAX};
    else if (!paused && pausedNow)
        m_pause.untilUs = std::max(atUs, m_pause.fromUs);
}

int64_t MuxingOutput::microseconds(const AVPacket *packet, int64_t ts) const
{
    return av_rescale_q(ts, sourceTimeBase(packet), AV_TIME_BASE_Q);
}

bool MuxingOutput::inPause(const AVPacket *packet)
{
    PauseWindow pause;
    {
        std::lock_guard lock(m_pauseMutex);
        pause = m_pause;
    }
    if (pause.fromUs == INT64_MAX)
        return false;
    const bool isVideo = packet->stream_index == static_cast<int>(StreamKind::Video);
    const int64_t ptsUs = microseconds(packet, packet->pts);
    // Before the pause: everything shown before it. Video stops at the first frame shown from
    // it on, and so do the frames decoded after that one (they may refer to it); with the
    // keyframe asked for at the pause that is exactly where it begins.
    if (isVideo && ptsUs >= pause.fromUs)
        m_videoCutAtUs = pause.fromUs;
    if (ptsUs < pause.fromUs && !(isVideo && m_videoCutAtUs == pause.fromUs))
        return false;
    // After the pause: what is shown from `until` on (a sound packet that reaches into it).
    const int64_t endUs = isVideo ? ptsUs + 1 : ptsUs + microseconds(packet, packet->duration);
    if (endUs <= pause.untilUs)
        return true;
    if (m_closedUntilUs != pause.untilUs) {
        // The rest goes on where what was written ends, from its first keyframe.
        m_closedUntilUs = pause.untilUs;
        // On the frame grid: the next frame follows the last one written. Sound goes on from the
        // packet nearest that moment (it may overlap or miss half an audio frame, never more).
        m_timelineUs = m_videoEndUs > 0 ? m_videoEndUs : m_audioEndUs;
        m_haveOffset = false;
        dropHeldAudio();
    }
    return false;
}

void MuxingOutput::noteWritten(const AVPacket *rebased)
{
    const int64_t ptsUs = microseconds(rebased, rebased->pts);
    if (rebased->stream_index == static_cast<int>(StreamKind::Video)) {
        m_videoEndUs = std::max(m_videoEndUs, ptsUs + av_rescale_q(1, av_inv_q(m_layout->frameRate), AV_TIME_BASE_Q));
        m_lastVideoDtsUs = microseconds(rebased, rebased->dts);
    } else {
        m_audioEndUs = std::max(m_audioEndUs, ptsUs + microseconds(rebased, rebased->duration));
    }
}

bool MuxingOutput::continuesSound(const AVPacket *rebased) const
{
    // Before the start, or overlapping what was written by more than half its length: left out.
    const int64_t ptsUs = microseconds(rebased, rebased->pts);
    return rebased->pts >= 0 && ptsUs + microseconds(rebased, rebased->duration) / 2 > m_audioEndUs;
}

bool MuxingOutput::rebase(AVPacket *packet)
{
    if (inPause(packet))
        return false;
    const bool isVideo = packet->stream_index == static_cast<int>(StreamKind::Video);
    if (!m_haveOffset) {
        if (isVideo && (packet->flags & AV_PKT_FLAG_KEY)) {
            // A connection starts at the keyframe's decode time: with B-frames it decodes before
            // it shows, and containers need non-negative decode times. After a pause the
            // keyframe shows where the written timeline ends (its decode time stays above the
            // last one written), and sound from that moment on, the packet reaching into it
            // included, goes on without a hole.
            const bool resuming = m_timelineUs > 0;
            const int64_t keyUs = microseconds(packet, resuming ? packet->pts : packet->dts);
            m_offsetUs = keyUs - m_timelineUs;
            // Decode times must keep rising: frames missed just before the pause could leave the
            // keyframe's at (or below) the last one written, which MP4 and Matroska refuse.
            if (resuming)
                m_offsetUs = std::min(m_offsetUs, microseconds(packet, packet->dts) - m_lastVideoDtsUs
                                                      - av_rescale_q(1, av_inv_q(m_layout->frameRate), AV_TIME_BASE_Q));
            m_haveOffset = true;
            size_t kept = 0;
            for (size_t i = 0; i < m_heldAudioCount; ++i) {
                AVPacket *held = m_heldAudio[i].get();
                const int64_t heldUs = microseconds(held, held->pts);
                const bool plays = resuming ? heldUs + microseconds(held, held->duration) > keyUs : heldUs >= keyUs;
                if (!plays) {
                    av_packet_unref(held);
                    continue;
                }
                if (kept != i)
                    std::swap(m_heldAudio[kept], m_heldAudio[i]);
                ++kept;
            }
            m_heldAudioCount = 0;
            for (size_t i = 0; i < kept; ++i) {
                AVPacket *held = m_heldAudio[i].get();
                const int64_t offset = av_rescale_q(m_offsetUs, AV_TIME_BASE_Q, sourceTimeBase(held));
                held->pts -= offset;
                held->dts -= offset;
                if (!continuesSound(held)) {
                    av_packet_unref(held);
                    continue;
                }
                noteWritten(held);
                if (m_heldAudioCount != i)
                    std::swap(m_heldAudio[m_heldAudioCount], m_heldAudio[i]);
                ++m_heldAudioCount;
            }
        } else if (!isVideo) {
            // The newest sound is what plays at the coming keyframe: when full, the oldest goes.
            if (m_heldAudioCount == m_heldAudio.size()) {
                av_packet_unref(m_heldAudio.front().get());
                std::rotate(m_heldAudio.begin(), m_heldAudio.begin() + 1, m_heldAudio.end());
                --m_heldAudioCount;
            }
            av_packet_move_ref(m_heldAudio[m_heldAudioCount++].get(), packet);
            return false;
        } else {
            return false;
        }
    }
    const int64_t offset = av_rescale_q(m_offsetUs, AV_TIME_BASE_Q, sourceTimeBase(packet));
    packet->pts -= offset;
    packet->dts -= offset;
    // Sound from before the keyframe that opened this stretch would overlap what is written.
    if (!isVideo && !continuesSound(packet))
        return false;
    noteWritten(packet);
    return true;
}

Status MuxingOutput::writePacket(AVFormatContext *context, AVPacket *packet)
{
    AVStream *stream = context->streams[packet->stream_index];
    av_packet_rescale_ts(packet, sourceTimeBase(packet), stream->time_base);
    packet->time_base = stream->time_base;
    // The clock runs from the first write after the last progress, so a string of writes that
    // each return without sending anything still adds up.
    if (m_writeSinceNs.load() == 0 || m_progressNs.load() > m_writeSinceNs.load())
        m_writeSinceNs = nowNs();
    // Takes the packet's reference whether it succeeds or not.
    const int err = av_interleaved_write_frame(context, packet);
    if (err < 0) {
        if (m_linkDead)
            return Error{ErrorCode::ConnectionTimeout,
                         QStringLiteral("%1 stopped answering (dead link)").arg(targetName(m_activeIndex))};
        return writeError(err);
    }
    return Status::ok();
}

}  // namespace vida3::encoder
