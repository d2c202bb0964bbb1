// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/audioencoder.h"
#include "encoder/encoderprobe.h"
#include "encoder/output.h"
#include "encoder/packetsink.h"
#include "encoder/spscring.h"
#include "encoder/videoencoder.h"
#include "encoder/videoframepool.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vida3::encoder {

// One encode, any number of outputs. The producer (the studio's render thread) submits a
// tick per frame interval: a pooled BGRA frame (or none, when it had to skip one) and the PCM
// that plays during it. The encode thread converts and encodes them and hands every packet
// to every attached output's own queue.
// Thread-safety: submit() from one producer thread; everything else from any thread.
class EncoderPipeline final : private PacketSink
{
public:
    using FailureCallback = std::function<void(const Error &)>;
    // A line for the user when the encoder changes while running (a hardware encoder failed
    // and x264 took over). Runs on the encode thread.
    using NoticeCallback = std::function<void(const QString &)>;

    EncoderPipeline(VideoSettings video, AudioSettings audio);
    ~EncoderPipeline() override;
    EncoderPipeline(const EncoderPipeline &) = delete;
    EncoderPipeline &operator=(const EncoderPipeline &) = delete;

    // Chooses the video encoder (chooseVideoEncoder: probes hardware where asked), opens the
    // encoders and starts the encode thread. The first submitted tick is pts 0.
    Status start();
    // Encodes what is queued, flushes the encoders into the outputs, ends the thread.
    // Outputs stay attached: stop them afterwards, so they receive the last packets.
    void stop();
    bool running() const { return m_running.load(); }

    // Producer side. interleavedPcm holds `samples` frames of `channels` floats. False (and
    // counted as skipped) when the encoder is so far behind that its queue is full.
    bool submit(int64_t frameIndex, PooledFrame frame, const float *interleavedPcm, int samples);

    void addOutput(std::shared_ptr<Output> output);
    void removeOutput(const std::shared_ptr<Output> &output);

    void setFailureCallback(FailureCallback callback) { m_onFailure = std::move(callback); }
    void setNoticeCallback(NoticeCallback callback) { m_onNotice = std::move(callback); }
    // The encoder in use and why it was chosen (or why it took over).
    EncoderChoice encoderChoice() const;
    void setVideoBitrateKbps(int kbps);
    int videoBitrateKbps() const;
    // The next frame the producer submits is a keyframe (a paused recording resumes on it).
    void requestKeyframe() { m_keyframeFromUs = nextFrameTimeUs(); }
    // Encode time (µs since the first frame) of the next frame the producer will submit.
    int64_t nextFrameTimeUs() const;
    int64_t skippedFrames() const { return m_skipped.load(); }
    int64_t encodedFrames() const { return m_encoded.load(); }
    // Time the encode thread spent converting and encoding video frames, all of them so far.
    int64_t videoEncodeNs() const { return m_encodeNs.load(); }
    const VideoSettings &videoSettings() const { return m_videoSettings; }
    const AudioSettings &audioSettings() const { return m_audioSettings; }

private:
    struct Tick
    {
        int64_t frameIndex = 0;
        PooledFrame video;
        std::vector<float> pcm;
        int samples = 0;
    };

    void run();
    void encodeVideo(Tick &tick);
    // After the video encoder failed: x264 takes over once, on the frame that failed, so the
    // outputs keep their connections. False when that is not possible (the run then fails).
    bool replaceFailedVideoEncoder(const Error &error);
    void onPacket(const AVPacket *packet) override;
    // The first packet of a replacement encoder carries its SPS/PPS in-band and as new
    // extradata, so players and servers follow the change.
    void pushWithNewHeaders(const AVPacket *packet);
    void fail(const Error &error);

    QString m_x264SpeedReason;  // why "auto" became this x264 preset (empty: the user chose it)
    const VideoSettings m_videoSettings;  // "auto" x264 speed resolved
    const AudioSettings m_audioSettings;
    std::unique_ptr<VideoEncoder> m_video;  // replaced only on the encode thread, under m_videoMutex
    mutable std::mutex m_videoMutex;
    EncoderChoice m_choice;                 // guarded by m_videoMutex
    bool m_replacedVideo = false;           // encode thread only
    bool m_spliceHeaders = false;           // encode thread only
    int64_t m_lastVideoPts = -1;            // encode thread only: the newest video frame handed out
    std::unique_ptr<AudioEncoder> m_audio;
    std::shared_ptr<StreamLayout> m_layout;  // replaced after a takeover; guarded by m_outputsMutex
    SpscRing<Tick> m_ring;
    std::thread m_thread;
    int64_t m_firstFrameIndex = -1;  // encode thread only

    std::mutex m_outputsMutex;
    std::vector<std::shared_ptr<Output>> m_outputs;

    FailureCallback m_onFailure;
    NoticeCallback m_onNotice;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int64_t> m_skipped{0};
    std::atomic<int64_t> m_encoded{0};
    std::atomic<int64_t> m_encodeNs{0};
    std::atomic<int64_t> m_keyframeFromUs{INT64_MAX};  // requestKeyframe()
    std::atomic<int64_t> m_firstSubmitted{-1};  // frame indices, from the producer
    std::atomic<int64_t> m_lastSubmitted{-1};
};

}  // namespace vida3::encoder
