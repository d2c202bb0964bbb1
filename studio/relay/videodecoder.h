// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/expected.h"
#include "studio/media/videoconverter.h"
#include "studio/relay/mediaheader.h"

#include <QByteArrayView>

namespace vida3::studio::relay {

class LatestFrameSlot;
struct FrameStamps;

// Decodes one source's video messages into its LatestFrameSlot as ARGB32_Premultiplied (what
// the renderer blits fastest). H.264 Annex B, JPEG, WebP and PNG go
// through libavcodec (max_pixels caps what any bitstream may make it allocate); raw RGBA is
// converted directly. libswscale writes straight into the slot's reused buffer.
// Not thread-safe: one per connection, on its decode lane's thread (DecodeLane).
class VideoDecoder
{
public:
    enum class Result { Published, NeedsKeyframe, Skipped };

    VideoDecoder();
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder &) = delete;
    VideoDecoder &operator=(const VideoDecoder &) = delete;

    // Decodes one message. NeedsKeyframe: H.264 lost sync (a gap, a decode error, or a start
    // without a keyframe); frames are skipped until a keyframe arrives. An Error means the
    // payload is undecodable; the connection decides what to do (counted, not fatal).
    Expected<Result> decode(const MediaHeader &header, QByteArrayView payload, LatestFrameSlot &slot,
                            const FrameStamps &stamps);
    // Called on a sequence gap or discontinuity: H.264 waits for the next keyframe.
    void resync();

    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    Status openCodec(MediaCodec codec);
    Expected<Result> decodeWithLibav(const MediaHeader &header, QByteArrayView payload, LatestFrameSlot &slot,
                                     const FrameStamps &stamps);
    Expected<Result> copyRgba(const MediaHeader &header, QByteArrayView payload, LatestFrameSlot &slot,
                              const FrameStamps &stamps);
    bool convertInto(const AVFrame *frame, LatestFrameSlot &slot, const FrameStamps &stamps);

    encoder::AvCodecContextPtr m_context;
    MediaCodec m_codec = MediaCodec::H264;
    bool m_open = false;
    bool m_h264Synced = false;
    encoder::AvPacketPtr m_packet;
    encoder::AvFramePtr m_frame;
    encoder::AvFramePtr m_newest;
    media::VideoConverter m_converter;  // libswscale straight into the slot's reused buffer
    int m_width = 0;
    int m_height = 0;
};

}  // namespace vida3::studio::relay
