// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/streamsession.h"

#include "encoder/recordingoutput.h"
#include "encoder/rtmpoutput.h"
#include "encoder/secretredactor.h"

#include <QLoggingCategory>
#include <QPointer>

namespace vida3::studio {

Q_LOGGING_CATEGORY(lcSession, "vida3.session", QtInfoMsg)

namespace {
// Pooled frames between render and encode: enough to ride out a slow encoder second.
constexpr int kFramePoolSize = 10;

RenderLoop::Options renderOptions(const StreamSession::Settings &s)
{
    RenderLoop::Options o;
    o.size = QSize(s.video.width, s.video.height);
    o.fps = s.video.fps;
    o.sampleRate = s.audio.sampleRate;
    o.channels = s.audio.channels;
    o.audio = s.programme;
    o.previewSize = s.previewSize;
    return o;
}
}  // namespace

StreamSession::StreamSession(Scene scene, Settings settings, SecretRedactor &redactor, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_redactor(redactor),
      m_render(std::move(scene), renderOptions(m_settings))
{
    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &StreamSession::sampleStats);
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

bool StreamSession::isRecording() const
{
    return std::any_of(m_outputs.begin(), m_outputs.end(),
                       [](const Entry &e) { return e.kind == OutputKind::Recording; });
}

Status StreamSession::ensureEncoder()
{
    if (m_pipeline)
        return Status::ok();
    auto pipeline = std::make_shared<encoder::EncoderPipeline>(m_settings.video, m_settings.audio);
    QPointer<StreamSession> self(this);
    pipeline->setFailureCallback([self](const Error &error) {
        QMetaObject::invokeMethod(self, [self, error] {
            if (self)
                Q_EMIT self->encoderFailed(error);
        }, Qt::QueuedConnection);
    });
    if (Status started = pipeline->start(); !started)
        return started;
    m_pipeline = std::move(pipeline);
    auto pool = std::make_shared<encoder::VideoFramePool>(m_settings.video.width, m_settings.video.height,
                                                          kFramePoolSize);
    m_render.attach(RenderTarget{m_pipeline, std::move(pool)});
    qCInfo(lcSession, "encoding %dx%d at %d fps, %d kbps, keyframe every %.1f s", m_settings.video.width,
           m_settings.video.height, m_settings.video.fps, m_settings.video.bitrateKbps, m_settings.video.keyintSec);
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
    return Status::ok();
}

Status StreamSession::goLive(const StreamDestination &destination)
{
    if (isLive())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("already live")};
    m_redactor.addSecret(destination.streamKey);
    m_registeredSecrets.push_back(destination.streamKey);
    encoder::RtmpTarget target{destination.serverUrl, destination.streamKey, destination.caFile};
    qCInfo(lcSession, "going live to %s as \"%s\"", qUtf8Printable(destination.serverUrl),
           qUtf8Printable(destination.name));
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
    return addOutput(OutputKind::Recording,
                     std::make_shared<encoder::RecordingOutput>(QStringLiteral("recording"), path),
                     m_settings.recordingDrainMs);
}

void StreamSession::stopLive()
{
    stopKind(OutputKind::Stream);
}

void StreamSession::stopRecording()
{
    stopKind(OutputKind::Recording);
}

void StreamSession::stopKind(OutputKind kind)
{
    std::vector<Entry> stopping;
    for (auto it = m_outputs.begin(); it != m_outputs.end();) {
        if (it->kind == kind) {
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
    m_teardowns.emplace_back([self, pipeline, entries = std::move(entries)] {
        if (pipeline)
            pipeline->stop();  // the last frames reach the outputs before they stop
        for (const Entry &entry : entries)
            entry.output->requestStop(entry.drainMs);
        for (const Entry &entry : entries)
            entry.output->join();
        QMetaObject::invokeMethod(self, [self] {
            if (self)
                self->reapFinished();
        }, Qt::QueuedConnection);
    });
}

void StreamSession::reapFinished()
{
    --m_pendingTeardowns;
    sampleStats();
    if (m_pendingTeardowns == 0 && m_outputs.empty())
        Q_EMIT allStopped();
}

void StreamSession::onOutputState(const QString &name, encoder::OutputState state, const Error &error)
{
    if (state == encoder::OutputState::Failed)
        qCWarning(lcSession, "%s failed: %s", qUtf8Printable(name), qUtf8Printable(error.detail));
    else
        qCInfo(lcSession, "%s: %s", qUtf8Printable(name), qUtf8Printable(encoder::outputStateName(state)));
    Q_EMIT outputStateChanged(name, state, error);
    if (state == encoder::OutputState::Failed) {
        // Keep the failed output's final stats visible, then take it out of the fan-out.
        for (auto it = m_outputs.begin(); it != m_outputs.end(); ++it) {
            if (it->output->name() == name) {
                Entry entry = *it;
                m_outputs.erase(it);
                m_stats.outputs.removeIf([&](const OutputSnapshot &o) { return o.name == name; });
                OutputSnapshot last{name, entry.output->target(), state, 0, entry.output->stats().bytes,
                                    entry.output->stats().droppedVideoFrames, error};
                m_stats.outputs.append(last);
                stopEntries({entry}, m_outputs.empty());
                break;
            }
        }
    }
}

void StreamSession::sampleStats()
{
    const qint64 nowMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const double intervalS = std::max<qint64>(1, nowMs - m_lastSampleMs) / 1000.0;
    const RenderCounters counters = m_render.counters();
    SessionStats stats;
    stats.seconds = nowMs / 1000.0;
    stats.fps = (counters.rendered - m_lastCounters.rendered) / intervalS;
    stats.frames = counters;
    stats.targetKbps = m_pipeline ? m_pipeline->videoBitrateKbps() : 0;
    for (Entry &entry : m_outputs) {
        const encoder::OutputStats s = entry.output->stats();
        const double kbps = (s.bytes - entry.lastBytes) * 8.0 / 1000.0 / intervalS;
        entry.lastBytes = s.bytes;
        stats.outputs.append({entry.output->name(), entry.output->target(), s.state, kbps, s.bytes,
                              s.droppedVideoFrames, s.error});
    }
    // Outputs that ended keep their last line, so a failure stays visible in the stats.
    for (const OutputSnapshot &old : std::as_const(m_stats.outputs)) {
        const bool present = std::any_of(stats.outputs.cbegin(), stats.outputs.cend(),
                                         [&](const OutputSnapshot &o) { return o.name == old.name; });
        if (!present && (old.state == encoder::OutputState::Failed || old.state == encoder::OutputState::Stopped)) {
            stats.outputs.append(old);
        } else if (!present) {
            OutputSnapshot ended = old;
            ended.state = encoder::OutputState::Stopped;
            ended.kbps = 0;
            stats.outputs.append(ended);
        }
    }
    m_lastCounters = counters;
    m_lastSampleMs = nowMs;
    m_stats = stats;
    Q_EMIT statsUpdated(m_stats);
}

}  // namespace vida3::studio
