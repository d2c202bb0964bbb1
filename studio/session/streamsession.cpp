// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/streamsession.h"

#include "encoder/recordingoutput.h"
#include "encoder/rtmpoutput.h"
#include "encoder/srtoutput.h"
#include "encoder/secretredactor.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace vida3::studio {

Q_LOGGING_CATEGORY(lcSession, "vida3.session", QtInfoMsg)  // streamsessionstats.cpp logs to it too

namespace {
// Pooled frames between render and encode: enough to ride out a slow encoder second.
constexpr int kFramePoolSize = 10;
// Stop ends within 2 s on a dead link: flush + drain + the 300 ms an aborted write may still take.
constexpr int kNetworkStopBudgetMs = 1700;

RenderLoop::Options renderOptions(const StreamSession::Settings &s, const std::vector<audio::MixerChannel> &channels,
                                  std::shared_ptr<audio::AudioLevelsBoard> levels)
{
    RenderLoop::Options o;
    o.size = QSize(s.video.width, s.video.height);
    o.fps = s.video.fps;
    o.sampleRate = s.audio.sampleRate;
    o.channels = s.audio.channels;
    o.audioChannels = channels;
    o.limiter = s.limiter;
    o.levels = std::move(levels);
    o.previewSize = s.previewSize;
    o.layers = s.layers;
    return o;
}

std::shared_ptr<audio::AudioLevelsBoard> levelsBoard(const std::vector<audio::MixerChannel> &channels, double target)
{
    QList<audio::AudioLevelsBoard::ChannelInfo> info;
    for (const audio::MixerChannel &c : channels)
        info.append({c.name, c.kind});
    return std::make_shared<audio::AudioLevelsBoard>(info, target);
}
}  // namespace

StreamSession::StreamSession(Scene scene, Settings settings, SecretRedactor &redactor, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_redactor(redactor),
      m_programName(m_settings.programName), m_channels(mixerChannels(m_settings)),
      m_levels(levelsBoard(m_channels, m_settings.loudnessTargetLufs)),
      m_render(std::move(scene), renderOptions(m_settings, m_channels, m_levels))
{
    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &StreamSession::sampleStats);
}

std::vector<audio::MixerChannel> StreamSession::mixerChannels(const Settings &settings)
{
    std::vector<audio::MixerChannel> channels;
    if (settings.programme == AudioGenerator::Programme::SoftTone)
        channels.push_back({QStringLiteral("tone"), audio::ChannelKind::Tone, nullptr});
    for (const audio::MixerChannel &capture : settings.audioCaptures)
        channels.push_back(capture);
    for (const audio::MixerChannel &media : settings.mediaChannels)
        channels.push_back(media);
    if (settings.audioInput)
        channels.push_back({QStringLiteral("browser"), audio::ChannelKind::Browser, settings.audioInput});
    for (const audio::ChannelSetting &setting : settings.mixer) {
        for (audio::MixerChannel &c : channels) {
            if (c.name == setting.name) {
                c.control->faderDb = setting.faderDb;
                c.control->muted = setting.muted;
                c.control->syncOffsetMs = setting.syncOffsetMs;
                c.control->filters.set(setting.filters);
            }
        }
    }
    return channels;
}

StreamSession::~StreamSession()
{
    m_render.detach();
    if (m_pipeline)
        m_pipeline->stop();
    for (Entry &entry : m_outputs)
        entry.output->requestStop(0);
    for (Entry &entry : m_outputs)
        entry.output->join();
    for (std::thread &t : m_teardowns)
        t.join();
    m_render.stop();
    for (const QString &secret : m_registeredSecrets)
        m_redactor.removeSecret(secret);
}

void StreamSession::switchProgram(const Scene &scene, const Transition &transition, const QString &name)
{
    m_render.switchScene(scene, transition);
    qCInfo(lcSession, "programme: %s (%s)", qUtf8Printable(name), qUtf8Printable(transition.toString()));
    m_programName = name;
    Q_EMIT programChanged(name);
}

void StreamSession::startRendering()
{
    m_clock.start();
    m_render.start();
    m_statsTimer.start();
}

QImage StreamSession::latestPreview() const
{
    return m_render.latestPreview();
}

bool StreamSession::isLive() const
{
    return std::any_of(m_outputs.begin(), m_outputs.end(), [](const Entry &e) { return e.kind == OutputKind::Stream; });
}

bool StreamSession::isLive(const QString &name) const
{
    return std::any_of(m_outputs.begin(), m_outputs.end(), [&](const Entry &e) {
        return e.kind == OutputKind::Stream && e.output->name() == name;
    });
}

bool StreamSession::isRecording() const
{
    return std::any_of(m_outputs.begin(), m_outputs.end(),
                       [](const Entry &e) { return e.kind == OutputKind::Recording; });
}

Status StreamSession::ensureEncoder()
{
    if (m_pipeline)
        return Status::ok();
    m_render.resetLoudness();  // integrated loudness measures this broadcast, not the idle preview
    encoder::VideoSettings video = m_settings.video;
    // Test hook (tests/integration/tst_encoderfallback.cpp, tests/app): the encoder breaks at
    // this frame as a failing driver would, so the takeover by x264 can be shown end to end.
    video.failAtFrameForTest = qEnvironmentVariableIntValue("VIDA3_TEST_ENCODER_FAILS_AT_FRAME");
    auto pipeline = std::make_shared<encoder::EncoderPipeline>(video, m_settings.audio);
    QPointer<StreamSession> self(this);
    pipeline->setFailureCallback([self](const Error &error) {
        QMetaObject::invokeMethod(self, [self, error] {
            if (self)
                Q_EMIT self->encoderFailed(error);
        }, Qt::QueuedConnection);
    });
    pipeline->setNoticeCallback([self](const QString &notice) {
        QMetaObject::invokeMethod(self, [self, notice] {
            if (!self)
                return;
            qCWarning(lcSession, "%s", qUtf8Printable(notice));
            Q_EMIT self->encoderNotice(notice);
        }, Qt::QueuedConnection);
    });
    if (Status started = pipeline->start(); !started)
        return started;
    m_pipeline = std::move(pipeline);
    const encoder::EncoderChoice choice = m_pipeline->encoderChoice();
    qCInfo(lcSession, "video encoder: %s", qUtf8Printable(choice.reason));
    if (choice.fellBack)
        Q_EMIT encoderNotice(choice.reason);
    if (m_settings.adaptiveBitrate && !encoder::supportsLiveBitrate(choice.kind)) {
        qCWarning(lcSession, "adaptive bitrate is off: %s cannot change its bitrate while it runs",
                  qUtf8Printable(encoder::encoderKindLabel(choice.kind)));
    } else if (m_settings.adaptiveBitrate) {
        encoder::BitrateController::Options options;
        options.nominalKbps = m_settings.video.bitrateKbps;
        options.audioKbps = m_settings.audio.bitrateKbps;
        options.minKbps = std::min(300, m_settings.video.bitrateKbps);
        m_bitrate = std::make_unique<encoder::BitrateController>(options);
    }
    auto pool = std::make_shared<encoder::VideoFramePool>(m_settings.video.width, m_settings.video.height,
                                                          kFramePoolSize);
    RenderTarget target{m_pipeline, std::move(pool), m_settings.outputFrames, {}};
    if (m_settings.outputFrames > 0) {
        target.onComplete = [self] {
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    Q_EMIT self->outputComplete();
            }, Qt::QueuedConnection);
        };
    }
    // Attached once the output that asked for the encode is in the fan-out (addOutput), so it
    // sees the very first packet, keyframe included.
    m_pendingTarget = std::move(target);
    const QString encoderText = choice.kind == encoder::VideoEncoderKind::X264
        ? QStringLiteral("x264 preset %1").arg(m_pipeline->videoSettings().x264Preset)
        : encoder::encoderKindLabel(choice.kind);
    qCInfo(lcSession, "encoding %dx%d at %d fps, %d kbps, keyframe every %.1f s, %s", m_settings.video.width,
           m_settings.video.height, m_settings.video.fps, m_settings.video.bitrateKbps, m_settings.video.keyintSec,
           qUtf8Printable(encoderText));
    return Status::ok();
}

Status StreamSession::addOutput(OutputKind kind, std::shared_ptr<encoder::Output> output, int drainMs)
{
    if (Status ready = ensureEncoder(); !ready)
        return ready;
    QPointer<StreamSession> self(this);
    const QString name = output->name();
    output->setStateCallback([self, name](encoder::OutputState state, const Error &error) {
        QMetaObject::invokeMethod(self, [self, name, state, error] {
            if (self)
                self->onOutputState(name, state, error);
        }, Qt::QueuedConnection);
    });
    m_outputs.push_back(Entry{kind, output, drainMs});
    m_pipeline->addOutput(std::move(output));
    if (m_pendingTarget) {
        m_render.attach(std::move(*m_pendingTarget));
        m_pendingTarget.reset();
    }
    return Status::ok();
}

Status StreamSession::goLive(const StreamDestination &destination)
{
    const bool taken = std::any_of(m_outputs.begin(), m_outputs.end(),
                                   [&](const Entry &e) { return e.output->name() == destination.name; });
    if (taken)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a destination called \"%1\" is already running").arg(destination.name)};
    m_redactor.addSecret(destination.streamKey);
    m_registeredSecrets.push_back(destination.streamKey);
    if (destination.serverUrl.startsWith(QStringLiteral("srt://"), Qt::CaseInsensitive)) {
        if (!destination.backupUrl.isEmpty())
            return Error{ErrorCode::InvalidDestination,
                         QStringLiteral("\"%1\": SRT destinations have no backup URL").arg(destination.name)};
        encoder::SrtTarget srt;
        srt.url = destination.serverUrl;
        srt.passphrase = destination.streamKey;
        srt.reconnect = m_settings.reconnect;
        qCInfo(lcSession, "going live to %s as \"%s\" (SRT, MPEG-TS)",
               qUtf8Printable(encoder::srtDisplayUrl(destination.serverUrl)), qUtf8Printable(destination.name));
        return addOutput(OutputKind::Stream, std::make_shared<encoder::SrtOutput>(destination.name, srt),
                         m_settings.networkDrainMs);
    }
    encoder::RtmpTarget target;
    target.serverUrl = destination.serverUrl;
    target.streamKey = destination.streamKey;
    target.backupUrl = destination.backupUrl;
    target.caFile = destination.caFile;
    target.reconnect = m_settings.reconnect;
    qCInfo(lcSession, "going live to %s as \"%s\"%s", qUtf8Printable(destination.serverUrl),
           qUtf8Printable(destination.name),
           destination.backupUrl.isEmpty() ? "" : qUtf8Printable(QStringLiteral(" (backup %1)").arg(destination.backupUrl)));
    return addOutput(OutputKind::Stream, std::make_shared<encoder::RtmpOutput>(destination.name, target),
                     m_settings.networkDrainMs);
}

Status StreamSession::startRecording(const QString &path)
{
    if (isRecording())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("already recording")};
    if (!encoder::RecordingOutput::supportsPath(path))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1: a recording must end in .mkv or .mp4").arg(path)};
    qCInfo(lcSession, "recording to %s", qUtf8Printable(path));
    m_recordingPaused = false;
    Status added = addOutput(OutputKind::Recording,
                             std::make_shared<encoder::RecordingOutput>(recordingOutputName(), path),
                             encoder::Output::kDrainAll);
    if (added)
        keyframeForRecording();
    return added;
}

void StreamSession::keyframeForRecording()
{
    // A recording starts (and resumes) on a keyframe. Alone, it gets one on the next frame;
    // while live it waits for the stream's next one (at most the keyframe interval), since
    // platforms check that interval (X warns below 3 s). A pause that begins between keyframes
    // leaves out the last B-frames before it (at most two frames).
    if (m_pipeline && !isLive())
        m_pipeline->requestKeyframe();
}

void StreamSession::stopLive()
{
    stopMatching([](const Entry &e) { return e.kind == OutputKind::Stream; });
}

void StreamSession::stopDestination(const QString &name)
{
    stopMatching([&](const Entry &e) { return e.kind == OutputKind::Stream && e.output->name() == name; });
}

void StreamSession::reconnectNow(const QString &name)
{
    for (const Entry &entry : m_outputs) {
        if (entry.output->name() == name)
            entry.output->reconnectNow();
    }
}

Status StreamSession::setRecordingPaused(bool paused)
{
    const auto recording = std::find_if(m_outputs.begin(), m_outputs.end(),
                                        [](const Entry &e) { return e.kind == OutputKind::Recording; });
    if (recording == m_outputs.end())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("nothing is being recorded")};
    if (paused == m_recordingPaused)
        return Status::ok();
    recording->output->setPaused(paused, m_pipeline ? m_pipeline->nextFrameTimeUs() : 0);
    keyframeForRecording();  // the pause begins and ends on a keyframe: both cuts are exact
    m_recordingPaused = paused;
    qCInfo(lcSession, "recording %s", paused ? "paused" : "resumed");
    Q_EMIT recordingPausedChanged(paused);
    return Status::ok();
}

bool StreamSession::isRecordingPaused() const
{
    return m_recordingPaused && isRecording();
}

void StreamSession::stopRecording()
{
    stopMatching([](const Entry &e) { return e.kind == OutputKind::Recording; });
}

void StreamSession::stopMatching(const std::function<bool(const Entry &)> &match)
{
    std::vector<Entry> stopping;
    for (auto it = m_outputs.begin(); it != m_outputs.end();) {
        if (match(*it)) {
            stopping.push_back(*it);
            it = m_outputs.erase(it);
        } else {
            ++it;
        }
    }
    stopEntries(std::move(stopping), m_outputs.empty());
}

void StreamSession::stopAll()
{
    std::vector<Entry> stopping = std::move(m_outputs);
    m_outputs.clear();
    stopEntries(std::move(stopping), true);
}

void StreamSession::stopEntries(std::vector<Entry> entries, bool stopEncoder)
{
    std::shared_ptr<encoder::EncoderPipeline> pipeline;
    if (stopEncoder && m_pipeline) {
        m_render.detach();
        pipeline = std::move(m_pipeline);
        m_pipeline.reset();
        m_bitrate.reset();
        m_pendingTarget.reset();
    } else if (m_pipeline) {
        for (const Entry &entry : entries)
            m_pipeline->removeOutput(entry.output);
    }
    if (!pipeline && entries.empty()) {
        if (m_pendingTeardowns == 0 && m_outputs.empty())
            QMetaObject::invokeMethod(this, &StreamSession::allStopped, Qt::QueuedConnection);
        return;
    }
    ++m_pendingTeardowns;
    QPointer<StreamSession> self(this);
    // Flushing x264 and draining the network take up to a second or two: never on this thread.
    // Its frames still count while it flushes: the stats never see "encoded" go back.
    const int64_t encodedAtStop = pipeline ? pipeline->encodedFrames() : 0;
    m_encodedInTeardown += encodedAtStop;
    m_teardowns.emplace_back([self, pipeline, encodedAtStop, entries = std::move(entries)] {
        QElapsedTimer sinceStop;
        sinceStop.start();
        int64_t encoded = 0;
        if (pipeline) {
            pipeline->stop();  // the last frames reach the outputs before they stop
            encoded = pipeline->encodedFrames();
        }
        for (const Entry &entry : entries) {
            // A network output drains for its full time after the encoder's flush, unless the
            // flush was so slow that Stop would pass 2 s (the abort allowance included).
            const int left = entry.drainMs == encoder::Output::kDrainAll
                ? entry.drainMs
                : std::clamp(kNetworkStopBudgetMs - static_cast<int>(sinceStop.elapsed()), 0, entry.drainMs);
            entry.output->requestStop(left);
        }
        QList<OutputSnapshot> finals;
        for (const Entry &entry : entries) {
            entry.output->join();
            const encoder::OutputStats last = entry.output->stats();
            OutputSnapshot snapshot{entry.output->name(), last.activeTarget, last.state, 0, last.bytes,
                                    last.droppedVideoFrames, last.error};
            snapshot.videoFrames = last.videoFrames;
            snapshot.reconnects = last.reconnects;
            finals.append(snapshot);
        }
        QMetaObject::invokeMethod(self, [self, encoded, encodedAtStop, finals] {
            if (self)
                self->reapFinished(encoded, encodedAtStop, finals);
        }, Qt::QueuedConnection);
    });
}

void StreamSession::reapFinished(int64_t encoded, int64_t encodedAtStop, const QList<OutputSnapshot> &finals)
{
    --m_pendingTeardowns;
    m_encodedInTeardown -= encodedAtStop;
    m_encodedBefore += encoded;
    // The last line states what each stopped output holds: its frames after the final flush.
    for (const OutputSnapshot &last : finals) {
        m_stats.outputs.removeIf([&](const OutputSnapshot &o) { return o.name == last.name; });
        m_stats.outputs.append(last);
    }
    sampleStats();
    if (m_pendingTeardowns == 0 && m_outputs.empty())
        Q_EMIT allStopped();
}

int64_t StreamSession::encodedFrames() const
{
    return m_encodedBefore + m_encodedInTeardown + (m_pipeline ? m_pipeline->encodedFrames() : 0);
}

void StreamSession::onOutputState(const QString &name, encoder::OutputState state, const Error &error)
{
    if (state == encoder::OutputState::Failed)
        qCWarning(lcSession, "%s failed: %s", qUtf8Printable(name), qUtf8Printable(error.detail));
    else if (state == encoder::OutputState::Reconnecting && error.code != ErrorCode::None)
        qCWarning(lcSession, "%s reconnecting: %s", qUtf8Printable(name), qUtf8Printable(error.detail));
    else
        qCInfo(lcSession, "%s: %s", qUtf8Printable(name), qUtf8Printable(encoder::outputStateName(state)));
    if (state == encoder::OutputState::Failed) {
        // Take it out of the fan-out first, so receivers of the signal see what remains; its
        // final stats stay visible.
        for (auto it = m_outputs.begin(); it != m_outputs.end(); ++it) {
            if (it->output->name() == name) {
                Entry entry = *it;
                m_outputs.erase(it);
                const encoder::OutputStats last = entry.output->stats();
                m_stats.outputs.removeIf([&](const OutputSnapshot &o) { return o.name == name; });
                m_stats.outputs.append(
                    {name, last.activeTarget, state, 0, last.bytes, last.droppedVideoFrames, error});
                stopEntries({entry}, m_outputs.empty());
                break;
            }
        }
    }
    Q_EMIT outputStateChanged(name, state, error);
}

}  // namespace vida3::studio
