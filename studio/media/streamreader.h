// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/expected.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace vida3::studio::media {

struct AvFormatInputDeleter
{
    void operator()(AVFormatContext *f) const { avformat_close_input(&f); }
};
using AvFormatInputPtr = std::unique_ptr<AVFormatContext, AvFormatInputDeleter>;

// Where a StreamReader reads from: a file (format empty) or a libavdevice input
// ("x11grab", "v4l2", "lavfi") with its options (video_size, framerate, ...).
struct InputSpec
{
    QString url;
    QString format;
    QList<QPair<QByteArray, QByteArray>> options;
    QString label;  // how errors name it ("clip.mp4", "display :0", "camera \"Logitech\"")
    // Live inputs: a read that makes no progress for this long fails (a camera that stopped
    // delivering); 0: wait as long as it takes (files).
    int stallTimeoutMs = 0;
    // Set from another thread to abandon a blocking open or read at once; may be null.
    const std::atomic<bool> *cancel = nullptr;
};

// One demuxer and one decoder for the best stream of one type (video or audio) of an input:
// what the media player's two decode threads and the screen and camera captures share, so a
// camera, a display and a file all go through the same avformat/avcodec path.
// Timestamps come out in seconds from the input's start (the container's start_time), so a
// file's video and audio readers agree on one time line.
// Not thread-safe: one per thread.
class StreamReader
{
public:
    enum class Next { Frame, End };

    static Expected<std::unique_ptr<StreamReader>> open(const InputSpec &spec, AVMediaType type);
    ~StreamReader();
    StreamReader(const StreamReader &) = delete;
    StreamReader &operator=(const StreamReader &) = delete;

    // The next decoded frame into frame(), or End at the end of the input. A read or decode
    // error is an Error (a device gone, a file cut short).
    Expected<Next> next();
    const AVFrame *frame() const { return m_frame.get(); }
    // Seconds of frame() from the input's start (NaN when the frame has no timestamp).
    double frameSeconds() const;
    // Back to the start (a file); decoder state is flushed.
    Status rewind();

    const AVCodecContext *codec() const { return m_codec.get(); }
    const AVStream *stream() const { return m_stream; }
    // The input's duration in seconds, 0 when unknown (devices).
    double durationSeconds() const;
    // The stream's nominal frame rate (video), 0 when unknown.
    double frameRate() const;

private:
    StreamReader() = default;
    static int interrupted(void *self);

    AvFormatInputPtr m_input;
    encoder::AvCodecContextPtr m_codec;
    encoder::AvPacketPtr m_packet;
    encoder::AvFramePtr m_frame;
    AVStream *m_stream = nullptr;
    int m_streamIndex = -1;
    double m_startSeconds = 0;
    int64_t m_firstDts = AV_NOPTS_VALUE;  // of the stream's first packet, where rewind() goes
    bool m_draining = false;
    QString m_label;
    int m_stallTimeoutMs = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    std::atomic<int64_t> m_progressMs{0};  // steady clock of the last packet (or the open)
};

// Whether the input has a stream of this type (probed without opening a decoder).
bool hasStream(const AVFormatContext *input, AVMediaType type);

}  // namespace vida3::studio::media
