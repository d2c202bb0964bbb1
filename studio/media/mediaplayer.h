// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/media/mediaclock.h"
#include "studio/media/timedpcmbuffer.h"
#include "studio/media/videoframequeue.h"
#include "studio/session/audioinput.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace vida3::studio::media {

class StreamReader;

// One media file (anything FFmpeg reads) playing in the output: its pictures for a media layer
// and its sound as a mixer channel, both paced by the output's frame clock (MediaClock), so
// they stay in sync to the sample whatever the file's frame rate. Two decode threads, each with
// its own demuxer (video and audio may run ahead of each other by a sync offset without one
// waiting for the other), convert into bounded buffers; the render thread only picks.
// Looping continues the time line (no gap, no jump); without looping the picture clears at
// the end. A file that breaks while playing stops that file, never the stream: state() says so.
// Thread-safety: open/controls/state from any thread; frameAt and the audio input on the
// render thread.
class MediaPlayer : public std::enable_shared_from_this<MediaPlayer>
{
public:
    struct Options
    {
        QString path;
        QString label;  // how errors and the log name it (the layer id)
        bool loop = false;
        int fps = 30;   // the output's
        int sampleRate = 48000;
        int channels = 2;
    };

    // Opens and checks the file (a clear error for a missing, unreadable or corrupt file, or one
    // with neither video nor audio) and starts decoding ahead.
    static Expected<std::shared_ptr<MediaPlayer>> open(const Options &options);
    ~MediaPlayer();
    MediaPlayer(const MediaPlayer &) = delete;
    MediaPlayer &operator=(const MediaPlayer &) = delete;

    bool hasVideo() const { return m_hasVideo; }
    bool hasAudio() const { return m_hasAudio; }
    QSize videoSize() const { return m_videoSize; }
    double frameRate() const { return m_frameRate; }
    double durationSeconds() const { return m_duration; }

    // Render thread: the picture for output frame frameIndex, converted at the size last asked
    // for by setTargetSize (null before the first frame and after the end).
    const QImage &frameAt(int64_t frameIndex);
    // The size the layer paints the picture at; conversion happens at that size off the render
    // thread, so painting is a plain copy. Any thread.
    void setTargetSize(QSize size);
    // The mixer channel's source (it keeps the player alive); null when the file has no audio.
    std::shared_ptr<AudioInput> audioInput();

    void setPaused(bool paused) { m_clock.requestPause(paused); }
    bool isPaused() const { return m_clock.isPaused(); }
    void restart();
    // "playing", "paused", "ended" or "failed: why".
    QString state() const;
    int64_t skippedFrames() const { return m_video.skipped(); }
    int64_t missingAudioFrames() const { return m_audio ? m_audio->missingFrames() : 0; }

private:
    class Audio;
    explicit MediaPlayer(Options options);
    void runVideo(std::unique_ptr<StreamReader> reader);
    void runAudio(std::unique_ptr<StreamReader> reader);
    void fail(const QString &why);
    // Both decoders have the start of the current epoch ready (or have nothing to give).
    bool isReady() const;
    // A decode thread at the end of a file that does not loop: until a restart or the end.
    void waitForRestart(uint64_t epoch) const;
    // The loop period: the file's duration, else how far this pass went.
    double loopPeriod(double passEnd) const;

    const Options m_options;
    bool m_hasVideo = false;
    bool m_hasAudio = false;
    QSize m_videoSize;
    double m_frameRate = 0;
    double m_duration = 0;

    MediaClock m_clock;
    VideoFrameQueue m_video;
    std::unique_ptr<TimedPcmBuffer> m_audio;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_ended{false};
    std::atomic<uint64_t> m_videoReadyEpoch{~uint64_t{0}};
    std::atomic<uint64_t> m_audioReadyEpoch{~uint64_t{0}};
    std::atomic<int> m_targetWidth{0};
    std::atomic<int> m_targetHeight{0};
    mutable std::mutex m_stateMutex;
    QString m_failure;
    std::thread m_videoThread;
    std::thread m_audioThread;
};

}  // namespace vida3::studio::media
