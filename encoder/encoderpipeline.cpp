// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/encoderpipeline.h"

#include "encoder/x264speed.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <utility>

namespace vida3::encoder {

namespace {
// Ticks the encoder may fall behind by before the producer skips; ~2 s at 30 fps. Video frames
// are bounded separately by the frame pool, so this only holds indices and PCM.
constexpr int kTickCapacity = 64;

size_t maxPcmFloats(const VideoSettings &video, const AudioSettings &audio)
{
    // One tick's samples, rounded up, with room for a late tick that carries two.
    return static_cast<size_t>((audio.sampleRate / video.fps + 2) * 2 * audio.channels);
}
}  // namespace

EncoderPipeline::EncoderPipeline(VideoSettings video, AudioSettings audio)
    : m_videoSettings(resolveX264Speed(std::move(video), &m_x264SpeedReason)), m_audioSettings(audio),
      m_ring(kTickCapacity, [n = maxPcmFloats(m_videoSettings, m_audioSettings)](Tick &tick) {
          tick.pcm.resize(n);
      })
{
}

EncoderPipeline::~EncoderPipeline()
{
    stop();
}

Status EncoderPipeline::start()
{
    EncoderChoice choice = chooseVideoEncoder(m_videoSettings);
    VideoSettings chosen = m_videoSettings;
    chosen.encoderKind = choice.kind;
    auto video = VideoEncoder::open(chosen);
    if (!video && choice.kind != VideoEncoderKind::X264) {
        // Its probe worked a moment ago, yet it will not open now (another program took the
        // last hardware session): x264, as for any hardware encoder that does not work.
        choice = EncoderChoice{VideoEncoderKind::X264,
                               QStringLiteral("%1 would not open (%2): using x264 instead")
                                   .arg(encoderKindLabel(choice.kind), video.error().detail),
                               true};
        chosen.encoderKind = VideoEncoderKind::X264;
        video = VideoEncoder::open(chosen);
    }
    if (!video)
        return video.error();
    if (choice.kind == VideoEncoderKind::X264 && !m_x264SpeedReason.isEmpty())
        choice.reason += QStringLiteral("; ") + m_x264SpeedReason;
    {
        std::lock_guard lock(m_videoMutex);
        m_choice = std::move(choice);
    }
    auto audio = AudioEncoder::open(m_audioSettings);
    if (!audio)
        return audio.error();
    m_video = std::move(video).value();
    m_audio = std::move(audio).value();

    auto layout = std::make_shared<StreamLayout>();
    layout->video.reset(avcodec_parameters_alloc());
    layout->audio.reset(avcodec_parameters_alloc());
    avcodec_parameters_from_context(layout->video.get(), m_video->context());
    avcodec_parameters_from_context(layout->audio.get(), m_audio->context());
    layout->videoTimeBase = m_video->context()->time_base;
    layout->audioTimeBase = m_audio->context()->time_base;
    layout->frameRate = AVRational{m_videoSettings.fps, 1};
    m_layout = std::move(layout);

    m_running = true;
    m_thread = std::thread([this] { run(); });
    return Status::ok();
}

void EncoderPipeline::stop()
{
    m_ring.stop();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

bool EncoderPipeline::submit(int64_t frameIndex, PooledFrame frame, const float *interleavedPcm, int samples)
{
    Tick *tick = m_ring.beginWrite();
    const size_t floats = static_cast<size_t>(samples) * static_cast<size_t>(m_audioSettings.channels);
    if (!tick || floats > tick->pcm.size()) {
        ++m_skipped;
        return false;
    }
    tick->frameIndex = frameIndex;
    tick->video = std::move(frame);
    if (floats)
        std::memcpy(tick->pcm.data(), interleavedPcm, floats * sizeof(float));
    tick->samples = samples;
    m_ring.commitWrite();
    if (m_firstSubmitted.load() < 0)
        m_firstSubmitted = frameIndex;
    m_lastSubmitted = frameIndex;
    return true;
}

int64_t EncoderPipeline::nextFrameTimeUs() const
{
    const int64_t first = m_firstSubmitted.load();
    if (first < 0)
        return 0;
    return av_rescale(m_lastSubmitted.load() - first + 1, 1'000'000, m_videoSettings.fps);
}

void EncoderPipeline::addOutput(std::shared_ptr<Output> output)
{
    std::lock_guard lock(m_outputsMutex);
    output->start(m_layout);
    m_outputs.push_back(std::move(output));
}

void EncoderPipeline::removeOutput(const std::shared_ptr<Output> &output)
{
    std::lock_guard lock(m_outputsMutex);
    m_outputs.erase(std::remove(m_outputs.begin(), m_outputs.end(), output), m_outputs.end());
}

void EncoderPipeline::setVideoBitrateKbps(int kbps)
{
    std::lock_guard lock(m_videoMutex);
    if (m_video)
        m_video->setBitrateKbps(kbps);
}

int EncoderPipeline::videoBitrateKbps() const
{
    std::lock_guard lock(m_videoMutex);
    return m_video ? m_video->bitrateKbps() : m_videoSettings.bitrateKbps;
}

EncoderChoice EncoderPipeline::encoderChoice() const
{
    std::lock_guard lock(m_videoMutex);
    return m_choice;
}

void EncoderPipeline::onPacket(const AVPacket *packet)
{
    if (packet->stream_index == static_cast<int>(StreamKind::Video))
        m_lastVideoPts = std::max(m_lastVideoPts, packet->pts);
    if (m_spliceHeaders && packet->stream_index == static_cast<int>(StreamKind::Video)) {
        m_spliceHeaders = false;
        pushWithNewHeaders(packet);
        return;
    }
    std::lock_guard lock(m_outputsMutex);
    for (const auto &output : m_outputs)
        output->push(packet);
}

void EncoderPipeline::pushWithNewHeaders(const AVPacket *packet)
{
    const AVCodecContext *c = m_video->context();
    AvPacketPtr spliced = makePacket();
    if (av_new_packet(spliced.get(), c->extradata_size + packet->size) < 0
        || av_packet_copy_props(spliced.get(), packet) < 0) {
        fail(Error{ErrorCode::EncoderFailed, QStringLiteral("out of memory")});
        return;
    }
    // Annex B headers in front of an Annex B picture: every muxer converts both together.
    std::memcpy(spliced->data, c->extradata, static_cast<size_t>(c->extradata_size));
    std::memcpy(spliced->data + c->extradata_size, packet->data, static_cast<size_t>(packet->size));
    if (uint8_t *side = av_packet_new_side_data(spliced.get(), AV_PKT_DATA_NEW_EXTRADATA,
                                                static_cast<size_t>(c->extradata_size)))
        std::memcpy(side, c->extradata, static_cast<size_t>(c->extradata_size));
    std::lock_guard lock(m_outputsMutex);
    for (const auto &output : m_outputs)
        output->push(spliced.get());
}

bool EncoderPipeline::replaceFailedVideoEncoder(const Error &error)
{
    if (m_replacedVideo)
        return false;
    m_replacedVideo = true;
    // A driver that still answers gives back the frames it holds; one that does not loses them.
    (void)m_video->flush(*this);
    VideoSettings x264 = m_videoSettings;
    x264.encoderKind = VideoEncoderKind::X264;
    x264.failAtFrameForTest = 0;
    x264.bitrateKbps = m_video->bitrateKbps();
    // Without B-frames decode order is display order, so the new encoder's first timestamps
    // follow the old one's last without a step back.
    x264.noBFrames = true;
    // Its SPS/PPS differ from those in the outputs' headers: every keyframe carries them, so a
    // reconnect, a seek or an MPEG-TS receiver joining later decodes the new pictures.
    x264.repeatHeaders = true;
    auto replacement = VideoEncoder::open(x264);
    if (!replacement)
        return false;
    const QString notice = QStringLiteral("%1 failed (%2): x264 took over on the next frame, the outputs stay live")
                               .arg(encoderKindLabel(m_video->kind()), error.detail);
    std::unique_ptr<VideoEncoder> failed;
    {
        std::lock_guard lock(m_videoMutex);
        failed = std::exchange(m_video, std::move(replacement).value());
        m_choice = EncoderChoice{VideoEncoderKind::X264, notice, true};
    }
    failed.reset();  // a driver's teardown may take long: never while others wait for the lock
    {
        // Outputs added from now on (a recording started later) get the new parameter sets.
        auto layout = std::make_shared<StreamLayout>();
        layout->video.reset(avcodec_parameters_alloc());
        layout->audio.reset(avcodec_parameters_alloc());
        avcodec_parameters_from_context(layout->video.get(), m_video->context());
        std::lock_guard lock(m_outputsMutex);
        avcodec_parameters_copy(layout->audio.get(), m_layout->audio.get());
        layout->videoTimeBase = m_layout->videoTimeBase;
        layout->audioTimeBase = m_layout->audioTimeBase;
        layout->frameRate = m_layout->frameRate;
        m_layout = std::move(layout);
    }
    m_spliceHeaders = true;
    if (m_onNotice)
        m_onNotice(notice);
    return true;
}

void EncoderPipeline::encodeVideo(Tick &tick)
{
    const int64_t pts = tick.frameIndex - m_firstFrameIndex;
    int64_t keyframeFromUs = m_keyframeFromUs.load();
    if (keyframeFromUs != INT64_MAX && av_rescale(pts, 1'000'000, m_videoSettings.fps) >= keyframeFromUs
        && m_keyframeFromUs.compare_exchange_strong(keyframeFromUs, INT64_MAX))
        m_video->forceKeyframe();
    const auto started = std::chrono::steady_clock::now();
    Status s = m_video->encode(tick.video.get(), pts, *this);
    if (!s && replaceFailedVideoEncoder(s.error())) {
        // The failed encoder may have accepted this frame and given it back while flushing:
        // sending it twice would repeat a timestamp, which MPEG-TS and MP4 refuse.
        s = m_lastVideoPts >= pts ? Status::ok() : m_video->encode(tick.video.get(), pts, *this);
    }
    m_encodeNs += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
    if (!s)
        fail(s.error());
    else
        ++m_encoded;
}

void EncoderPipeline::fail(const Error &error)
{
    if (!m_failed.exchange(true) && m_onFailure)
        m_onFailure(error);
}

void EncoderPipeline::run()
{
    using namespace std::chrono_literals;
    for (;;) {
        Tick *tick = m_ring.beginRead(100ms);
        if (!tick) {
            if (m_ring.stopped())
                break;
            continue;
        }
        if (m_firstFrameIndex < 0)
            m_firstFrameIndex = tick->frameIndex;
        if (!m_failed) {
            if (tick->video)
                encodeVideo(*tick);
            if (tick->samples > 0) {
                if (Status s = m_audio->encode(tick->pcm.data(), tick->samples, *this); !s)
                    fail(s.error());
            }
        }
        tick->video.reset();  // back to the pool
        m_ring.endRead();
    }
    if (!m_failed) {
        if (Status s = m_video->flush(*this); !s)
            fail(s.error());
        if (Status s = m_audio->flush(*this); !s)
            fail(s.error());
    }
}

}  // namespace vida3::encoder
