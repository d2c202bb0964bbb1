// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/mediaplayer.h"

#include "studio/media/audioresampler.h"
#include "studio/media/videoconverter.h"
#include "studio/media/streamreader.h"
#include "studio/platform/threadname.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace vida3::studio::media {

namespace {
Q_LOGGING_CATEGORY(lcMedia, "vida3.studio.media")
constexpr double kLeadSeconds = 1.5;     // audio decoded ahead of the output
constexpr double kHistorySeconds = 2.1;  // kept behind it: the largest sync offset (+2000 ms)
}  // namespace

// The mixer's view of the player: positions on the media time line, the sync offset applied
// by reading earlier or later positions.
class MediaPlayer::Audio final : public AudioInput
{
public:
    explicit Audio(std::shared_ptr<MediaPlayer> player) : m_owner(std::move(player)), m_player(*m_owner) {}

    void mixInto(float *, int, int) override {}
    void mixFrame(const AudioFrameRequest &request, float *out, int frames, int channels) override
    {
        const MediaClock::Position at = m_player.m_clock.at(request.frameIndex, m_player.isReady());
        if (!at.playing || channels != m_player.m_options.channels)
            return;
        const int64_t position = m_player.m_clock.mediaSample(request.firstSample);
        m_player.m_audio->mixInto(position - request.offsetFrames, out, frames, at.epoch);
    }
    bool appliesSyncOffset() const override { return true; }
    QString state() const override { return m_player.state(); }

private:
    const std::shared_ptr<MediaPlayer> m_owner;
    MediaPlayer &m_player;
};

MediaPlayer::MediaPlayer(Options options)
    : m_options(std::move(options)), m_clock(m_options.fps, m_options.sampleRate)
{
}

Expected<std::shared_ptr<MediaPlayer>> MediaPlayer::open(const Options &options)
{
    const QString label = options.label.isEmpty() ? QFileInfo(options.path).fileName() : options.label;
    if (!QFileInfo(options.path).isFile())
        return Error{ErrorCode::FileIo, QStringLiteral("%1: media file not found: %2").arg(label, options.path)};
    InputSpec spec{options.path, {}, {}, QStringLiteral("%1 (%2)").arg(label, QFileInfo(options.path).fileName())};
    auto video = StreamReader::open(spec, AVMEDIA_TYPE_VIDEO);
    auto audio = StreamReader::open(spec, AVMEDIA_TYPE_AUDIO);
    // A file neither reader can use is broken or not media; report the video reader's reason.
    if (!video && !audio) {
        Error e = video.error().code == ErrorCode::Unsupported ? audio.error() : video.error();
        if (e.code == ErrorCode::Unsupported && video.error().code == ErrorCode::Unsupported)
            e.detail = QStringLiteral("%1: no video or audio stream this build can decode").arg(spec.label);
        e.code = ErrorCode::FileIo;
        return e;
    }
    if (video && !audio && audio.error().detail.contains(QStringLiteral("no decoder")))
        qCWarning(lcMedia, "%s: its sound cannot be decoded by this build; it plays without sound", qUtf8Printable(spec.label));
    std::shared_ptr<MediaPlayer> player(new MediaPlayer(options));
    player->m_hasVideo = static_cast<bool>(video);
    player->m_hasAudio = static_cast<bool>(audio);
    if (video) {
        const AVCodecContext *codec = video.value()->codec();
        player->m_videoSize = QSize(codec->width, codec->height);
        player->m_frameRate = video.value()->frameRate();
        player->m_duration = video.value()->durationSeconds();
    } else {
        player->m_duration = audio.value()->durationSeconds();
    }
    if (audio) {
        player->m_audio = std::make_unique<TimedPcmBuffer>(options.channels,
                                                           static_cast<int>(kLeadSeconds * options.sampleRate),
                                                           static_cast<int>(kHistorySeconds * options.sampleRate));
        player->m_audioThread = std::thread(&MediaPlayer::runAudio, player.get(), std::move(audio).value());
    }
    if (video)
        player->m_videoThread = std::thread(&MediaPlayer::runVideo, player.get(), std::move(video).value());
    return player;
}

MediaPlayer::~MediaPlayer()
{
    m_stop = true;
    m_video.stop();
    if (m_audio)
        m_audio->stop();
    if (m_videoThread.joinable())
        m_videoThread.join();
    if (m_audioThread.joinable())
        m_audioThread.join();
}

bool MediaPlayer::isReady() const
{
    const uint64_t epoch = m_clock.requestedEpoch();
    return (!m_hasVideo || m_videoReadyEpoch.load() == epoch) && (!m_hasAudio || m_audioReadyEpoch.load() == epoch);
}

const QImage &MediaPlayer::frameAt(int64_t frameIndex)
{
    const MediaClock::Position at = m_clock.at(frameIndex, isReady());
    return m_video.frameAt(at.seconds, at.epoch);
}

std::shared_ptr<AudioInput> MediaPlayer::audioInput()
{
    if (!m_hasAudio)
        return nullptr;
    return std::make_shared<Audio>(shared_from_this());
}

void MediaPlayer::setTargetSize(QSize size)
{
    m_targetWidth = size.width();
    m_targetHeight = size.height();
}

void MediaPlayer::restart()
{
    const uint64_t epoch = m_clock.requestRestart();
    // Release decoders waiting for room: the clock stops reading until the new start is ready.
    m_video.dropOlderThan(epoch);
    if (m_audio)
        m_audio->reset(epoch);
    m_ended = false;
}

QString MediaPlayer::state() const
{
    {
        std::lock_guard lock(m_stateMutex);
        if (!m_failure.isEmpty())
            return QStringLiteral("failed: %1").arg(m_failure);
    }
    if (m_clock.isPaused())
        return QStringLiteral("paused");
    return m_ended ? QStringLiteral("ended") : QStringLiteral("playing");
}

void MediaPlayer::fail(const QString &why)
{
    std::lock_guard lock(m_stateMutex);
    if (m_failure.isEmpty())
        m_failure = why;
}

void MediaPlayer::waitForRestart(uint64_t epoch) const
{
    while (!m_stop && m_clock.requestedEpoch() == epoch)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

double MediaPlayer::loopPeriod(double passEnd) const
{
    return m_duration > 0 ? m_duration : passEnd;
}

void MediaPlayer::runVideo(std::unique_ptr<StreamReader> reader)
{
    platform::setCurrentThreadName("vida3-media-v");
    VideoConverter converter;
    uint64_t epoch = m_clock.requestedEpoch();
    double base = 0;      // media time of this pass's start (loops continue the time line)
    double passEnd = 0;   // the end of the newest frame of this pass
    double lastSeconds = -1;
    bool anyFrame = false;
    const double nominal = m_frameRate > 0 ? 1.0 / m_frameRate : 1.0 / 30;
    while (!m_stop) {
        if (const uint64_t requested = m_clock.requestedEpoch(); requested != epoch) {
            epoch = requested;
            base = passEnd = 0;
            lastSeconds = -1;
            if (Status s = reader->rewind(); !s)
                return fail(s.error().detail);
        }
        auto next = reader->next();
        if (!next)
            return fail(next.error().detail);
        if (next.value() == StreamReader::Next::End) {
            if (!m_options.loop || !anyFrame) {
                m_videoReadyEpoch = epoch;  // all there is
                m_video.markEnd(base + passEnd, epoch);
                m_ended = true;
                waitForRestart(epoch);
                continue;
            }
            base += loopPeriod(passEnd);
            passEnd = 0;
            lastSeconds = -1;
            if (Status s = reader->rewind(); !s)
                return fail(s.error().detail);
            continue;
        }
        const AVFrame *frame = reader->frame();
        double seconds = reader->frameSeconds();
        if (!std::isfinite(seconds))
            seconds = lastSeconds < 0 ? 0 : lastSeconds + nominal;
        lastSeconds = seconds;
        passEnd = std::max(passEnd, seconds + nominal);
        anyFrame = true;
        QSize target(m_targetWidth.load(), m_targetHeight.load());
        if (target.isEmpty())
            target = QSize(frame->width, frame->height);
        if (!m_video.waitForRoom())
            return;
        QImage image = m_video.acquire(target);
        if (!converter.convert(frame, image))
            continue;  // an odd frame format: skipped, counted by nobody but not fatal
        m_video.push(std::move(image), base + seconds, epoch);
        m_videoReadyEpoch = epoch;
    }
}

void MediaPlayer::runAudio(std::unique_ptr<StreamReader> reader)
{
    platform::setCurrentThreadName("vida3-media-a");
    AudioResampler resampler(m_options.sampleRate, m_options.channels);
    const double rate = m_options.sampleRate;
    uint64_t epoch = m_clock.requestedEpoch();
    m_audio->reset(epoch);
    double base = 0;
    int64_t position = -1;  // the next sample's media position (continuous within a pass)
    while (!m_stop) {
        if (const uint64_t requested = m_clock.requestedEpoch(); requested != epoch) {
            epoch = requested;
            m_audio->reset(epoch);
            base = 0;
            position = -1;
            resampler.reset();
            if (Status s = reader->rewind(); !s)
                return fail(s.error().detail);
        }
        auto next = reader->next();
        if (!next)
            return fail(next.error().detail);
        if (next.value() == StreamReader::Next::End) {
            const double passEnd = position < 0 ? 0 : static_cast<double>(position) / rate - base;
            if (!m_options.loop || position < 0) {
                m_audioReadyEpoch = epoch;  // all there is
                waitForRestart(epoch);
                continue;
            }
            base += loopPeriod(passEnd);
            position = -1;
            resampler.reset();
            if (Status s = reader->rewind(); !s)
                return fail(s.error().detail);
            continue;
        }
        const double seconds = reader->frameSeconds();
        auto pcm = resampler.convert(reader->frame());
        if (!pcm)
            return fail(pcm.error().detail);
        // The first frame of a pass places the pass on the time line; after that samples are
        // contiguous unless the timestamps jump by more than 100 ms (a gap in the file).
        const int64_t stamped = std::isfinite(seconds) ? std::llround((base + seconds) * rate) : position;
        if (position < 0 || (stamped >= 0 && std::llabs(stamped - position) > static_cast<int64_t>(rate / 10))) {
            position = std::max<int64_t>(0, stamped);
        }
        const std::vector<float> &samples = *pcm.value();
        int frames = static_cast<int>(samples.size() / static_cast<size_t>(m_options.channels));
        // A decoder may give a last frame longer than the file (AAC pads to 1024 samples): what
        // lies past the loop period belongs to the next pass's start, which must win.
        if (m_options.loop && m_duration > 0)
            frames = static_cast<int>(std::clamp<int64_t>(std::llround((base + m_duration) * rate) - position, 0, frames));
        // Ready once the first 100 ms are placed, before a write that may wait for the reader:
        // a file whose sound starts late fills the gap with silence up to the lead and waits.
        if (position + frames >= static_cast<int64_t>(rate / 10))
            m_audioReadyEpoch = epoch;
        if (!m_audio->write(position, samples.data(), frames, epoch))
            return;
        position += frames;
    }
}

}  // namespace vida3::studio::media
