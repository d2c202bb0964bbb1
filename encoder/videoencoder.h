// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/encodersettings.h"
#include "encoder/hwframes.h"
#include "encoder/packetsink.h"

#include <atomic>
#include <memory>
#include <optional>

namespace vida3::encoder {

// BGRA frames → colour conversion (libyuv, bgratoyuv.h) → H.264 (libx264, or a hardware encoder through
// libavcodec: VAAPI, NVENC, Quick Sync, VideoToolbox, AMF).
// Not thread-safe: used by the encode thread only, except setBitrateKbps(), which any thread
// may call; the new rate is applied before the next frame.
class VideoEncoder
{
public:
    // settings.encoderKind must be a concrete encoder (not Auto).
    static Expected<std::unique_ptr<VideoEncoder>> open(const VideoSettings &settings);

    // pts counts frames from 0 (time base 1/fps).
    Status encode(const AVFrame *bgra, int64_t pts, PacketSink &sink);
    Status flush(PacketSink &sink);

    // The next frame is a keyframe, besides those on the keyframe grid (which does not move).
    void forceKeyframe() { m_forceKeyframe = true; }
    void setBitrateKbps(int kbps) { m_requestedKbps.store(kbps); }
    int bitrateKbps() const { return m_currentKbps.load(); }
    const AVCodecContext *context() const { return m_codec.get(); }
    VideoEncoderKind kind() const { return m_settings.encoderKind; }

private:
    VideoEncoder() = default;
    Status drain(PacketSink &sink);
    void applyRequestedBitrate();

    VideoSettings m_settings;
    AvCodecContextPtr m_codec;
    AvFramePtr m_yuv;
    std::optional<HwFrames> m_hw;  // VAAPI: the GPU pictures frames are uploaded to
    AvPacketPtr m_packet;
    int64_t m_nextKeyframePts = 0;
    bool m_forceKeyframe = false;
    std::atomic<int> m_requestedKbps{0};
    std::atomic<int> m_currentKbps{0};
};

}  // namespace vida3::encoder
