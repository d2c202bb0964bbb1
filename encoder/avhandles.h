// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// One unique_ptr alias per libav handle, so no business code calls av_*_free by hand.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/buffer.h>
#include <libavutil/dict.h>
#include <libavutil/frame.h>
}

#include <memory>

namespace vida3::encoder {

struct AvCodecContextDeleter { void operator()(AVCodecContext *c) const { avcodec_free_context(&c); } };
struct AvFrameDeleter { void operator()(AVFrame *f) const { av_frame_free(&f); } };
struct AvPacketDeleter { void operator()(AVPacket *p) const { av_packet_free(&p); } };
struct AvAudioFifoDeleter { void operator()(AVAudioFifo *f) const { av_audio_fifo_free(f); } };
struct AvCodecParametersDeleter { void operator()(AVCodecParameters *p) const { avcodec_parameters_free(&p); } };
struct AvDictionaryDeleter { void operator()(AVDictionary *d) const { av_dict_free(&d); } };
struct AvBufferRefDeleter { void operator()(AVBufferRef *b) const { av_buffer_unref(&b); } };
// Closes the I/O (pb) the output opened, then frees the context.
struct AvFormatOutputDeleter
{
    void operator()(AVFormatContext *f) const
    {
        if (f->pb && !(f->oformat->flags & AVFMT_NOFILE))
            avio_closep(&f->pb);
        avformat_free_context(f);
    }
};

using AvCodecContextPtr = std::unique_ptr<AVCodecContext, AvCodecContextDeleter>;
using AvFramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;
using AvPacketPtr = std::unique_ptr<AVPacket, AvPacketDeleter>;
using AvAudioFifoPtr = std::unique_ptr<AVAudioFifo, AvAudioFifoDeleter>;
using AvCodecParametersPtr = std::unique_ptr<AVCodecParameters, AvCodecParametersDeleter>;
using AvFormatOutputPtr = std::unique_ptr<AVFormatContext, AvFormatOutputDeleter>;
using AvBufferRefPtr = std::unique_ptr<AVBufferRef, AvBufferRefDeleter>;

inline AvFramePtr makeFrame() { return AvFramePtr(av_frame_alloc()); }
inline AvPacketPtr makePacket() { return AvPacketPtr(av_packet_alloc()); }

// Owns an AVDictionary** target for APIs that take and rewrite one.
class AvDictionary
{
public:
    AvDictionary() = default;
    AvDictionary(const AvDictionary &) = delete;
    AvDictionary &operator=(const AvDictionary &) = delete;
    ~AvDictionary() { av_dict_free(&m_dict); }
    void set(const char *key, const char *value) { av_dict_set(&m_dict, key, value, 0); }
    void set(const char *key, long long value) { av_dict_set_int(&m_dict, key, value, 0); }
    AVDictionary **out() { return &m_dict; }
    AVDictionary *get() const { return m_dict; }
    int count() const { return av_dict_count(m_dict); }

private:
    AVDictionary *m_dict = nullptr;
};

}  // namespace vida3::encoder
