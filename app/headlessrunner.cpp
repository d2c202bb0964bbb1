// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/headlessrunner.h"

#include "studio/history/sessionrecorder.h"

#include "app/headlessautomation.h"
#include "app/sourceoptions.h"
#include "encoder/recordingoutput.h"
#include "encoder/secretredactor.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/destinationvalidator.h"
#include "studio/destination/presettable.h"
#include "studio/destination/secretstore.h"
#include "studio/history/sessionrecorder.h"
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/media/medialibrary.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/relayservice.h"
#include "app/programschedule.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/sceneparser.h"
#include "studio/session/presetfit.h"
#include "studio/session/presetsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vida3::app {

Q_LOGGING_CATEGORY(lcHeadless, "vida3.headless", QtInfoMsg)

namespace {
constexpr int kExitBadInput = 2;
constexpr int kExitOutputFailed = 3;

Error badDestination(const QString &detail)
{
    return Error{ErrorCode::InvalidDestination, detail};
}

// How long past --duration a run with outputs may go before the wall clock ends it.
constexpr int kDurationBackstopMs = 15000;

void printError(const QString &text)
{
    std::fprintf(stderr, "vida3-studio: %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}
}  // namespace

HeadlessRunner::HeadlessRunner(StudioOptions options, SecretRedactor &redactor, studio::SecretStore &secrets,
                               QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_redactor(redactor), m_secrets(secrets)
{
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, &HeadlessRunner::requestStop);
}

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::start()
{
    if (Status ready = prepare(); !ready) {
        failInput(ready.error());
        return;
    }
    fetchNextKey();
}

void HeadlessRunner::failInput(const Error &error)
{
    printError(m_redactor.redact(error.detail));
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(kExitBadInput); }, Qt::QueuedConnection);
}

Status HeadlessRunner::prepare()
{
    auto presets = studio::PresetTable::load();
    if (!presets)
        return presets.error();
    const studio::PlatformPreset *preset = presets->find(m_options.presetId);
    if (!preset)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--preset: unknown preset \"%1\" (x, youtube, twitch, facebook, relay or custom)")
                         .arg(m_options.presetId)};
    m_settings = studio::settingsForPreset(*preset);
    const StudioOptions &o = m_options;
    if (o.width) {
        m_settings.video.width = *o.width;
        m_settings.video.height = *o.height;
    }
    if (o.fps)
        m_settings.video.fps = *o.fps;
    if (o.videoBitrateKbps)
        m_settings.video.bitrateKbps = *o.videoBitrateKbps;
    if (o.keyintSec)
        m_settings.video.keyintSec = *o.keyintSec;
    if (o.audioBitrateKbps)
        m_settings.audio.bitrateKbps = *o.audioBitrateKbps;
    if (!o.x264Preset.isEmpty())
        m_settings.video.x264Preset = o.x264Preset;
    if (!o.encoderName.isEmpty())
        m_settings.video.encoderKind = encoder::encoderKindFromName(o.encoderName).value_or(encoder::VideoEncoderKind::X264);
    m_settings.video.vaapiDevice = o.vaapiDevice;
    if (o.reconnectDelaySec)
        m_settings.reconnect.firstDelayMs = static_cast<int>(*o.reconnectDelaySec * 1000);
    if (o.reconnectMaxDelaySec)
        m_settings.reconnect.maxDelayMs = static_cast<int>(*o.reconnectMaxDelaySec * 1000);
    if (o.reconnectAttempts)
        m_settings.reconnect.maxAttempts = *o.reconnectAttempts;
    if (o.adaptiveBitrate)
        m_settings.adaptiveBitrate = *o.adaptiveBitrate;

    if (!o.recordPath.isEmpty() && !encoder::RecordingOutput::supportsPath(o.recordPath))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--record: %1: the file name must end in .mkv or .mp4").arg(o.recordPath)};
    if (!o.tlsCaFile.isEmpty() && !QFileInfo(o.tlsCaFile).isReadable())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--tls-ca-file: %1: no such readable file").arg(o.tlsCaFile)};
    if (Status streams = prepareStreams(*presets, *preset); !streams)
        return streams;
    QList<const studio::PlatformPreset *> platforms{preset};
    if (Status saved = prepareSavedDestinations(*presets, &platforms); !saved)
        return saved;
    // Explicit overrides win; the fit only reconciles the platforms' own defaults.
    if (!o.keyintSec && !o.videoBitrateKbps && !o.audioBitrateKbps) {
        QStringList adjustments;
        auto fitted = studio::fitSettingsToPlatforms(m_settings, platforms, &adjustments);
        if (!fitted)
            return fitted.error();
        m_settings = std::move(fitted).value();
        for (const QString &adjustment : std::as_const(adjustments))
            qCInfo(lcHeadless, "one encode for every destination: %s", qUtf8Printable(adjustment));
    }
    if (Status valid = encoder::validate(m_settings.video); !valid)
        return valid;
    if (Status valid = encoder::validate(m_settings.audio); !valid)
        return valid;
    if (Status audio = prepareAudio(); !audio)
        return audio;
    auto automation = HeadlessAutomation::create(m_options, m_redactor);
    if (!automation)
        return automation.error();
    m_automation = std::move(automation).value();
    if (m_automation->remoteControlled())
        m_settings.previewSize = QSize(640, 360);  // what GetSourceScreenshot shows

    if (!o.statsPath.isEmpty()) {
        const bool ok = o.statsPath == u"-" ? m_statsFile.open(stdout, QIODevice::WriteOnly)
                                            : (m_statsFile.setFileName(o.statsPath),
                                               m_statsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!ok)
            return Error{ErrorCode::FileIo, QStringLiteral("--stats: cannot write %1").arg(o.statsPath)};
    }
    return Status::ok();
}

Status HeadlessRunner::prepareAudio()
{
    const StudioOptions &o = m_options;
    m_settings.programme = o.noTone ? studio::AudioGenerator::Programme::Silence : studio::AudioGenerator::Programme::SoftTone;
    if (o.loudnessTargetLufs)
        m_settings.loudnessTargetLufs = *o.loudnessTargetLufs;
    auto captures = studio::audio::openCaptureChannels(o.audioCaptures, m_settings.audio.sampleRate,
                                                       m_settings.audio.channels);
    if (!captures)
        return captures.error();
    m_settings.audioCaptures = std::move(captures).value();
    m_settings.mixer = o.mixer;
    for (const studio::audio::MixerChannel &c : m_settings.audioCaptures)
        qCInfo(lcHeadless, "audio channel %s: %s", qUtf8Printable(c.name), qUtf8Printable(studio::audio::channelKindName(c.kind)));
    return Status::ok();
}

Status HeadlessRunner::prepareMedia(const studio::Scene &scene)
{
    if (Status devices = checkSourceDevices(m_options, m_settings.video.fps); !devices)
        return devices;
    studio::media::MediaLibrary::Format format{m_settings.video.fps, m_settings.audio.sampleRate, m_settings.audio.channels};
    const std::shared_ptr<studio::media::MediaLibrary> library = studio::media::MediaLibrary::open(scene, format);
    if (!library->problems().isEmpty())
        return library->problems().first();
    studio::media::MediaLayer::registerKind(m_settings.layers, library);
    m_settings.mediaChannels = library->channels();
    for (const studio::audio::MixerChannel &c : m_settings.mediaChannels)
        qCInfo(lcHeadless, "audio channel %s: media", qUtf8Printable(c.name));
    return checkMixerNames();
}

Status HeadlessRunner::checkMixerNames() const
{
    // Every --mixer names a channel this run has; only a media file can be heard early.
    const std::vector<studio::audio::MixerChannel> channels = studio::StreamSession::mixerChannels(m_settings);
    QStringList names;
    for (const studio::audio::MixerChannel &c : channels)
        names.append(c.name);
    for (const studio::audio::ChannelSetting &setting : m_options.mixer) {
        const auto it = std::find_if(channels.begin(), channels.end(),
                                     [&](const studio::audio::MixerChannel &c) { return c.name == setting.name; });
        if (it == channels.end())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--mixer: no channel \"%1\" in this run (channels: %2)")
                                                         .arg(setting.name, names.isEmpty() ? QStringLiteral("none")
                                                                                            : names.join(QStringLiteral(", ")))};
        if (setting.syncOffsetMs < 0 && it->kind != studio::audio::ChannelKind::Media)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("--mixer %1: a live source cannot be heard before it is captured; its offset goes "
                                        "from 0 to %2 ms (delay the other channels instead)")
                             .arg(setting.name).arg(studio::audio::kMaxSyncOffsetMs)};
    }
    return Status::ok();
}

Status HeadlessRunner::prepareStreams(const studio::PresetTable &presets, const studio::PlatformPreset &preset)
{
    Q_UNUSED(presets);
    for (const StudioOptions::Stream &stream : std::as_const(m_options.streams)) {
        studio::StreamDestination d;
        d.name = stream.name.isEmpty() ? m_options.presetId : stream.name;
        d.serverUrl = stream.url;
        d.backupUrl = stream.backupUrl;
        d.caFile = m_options.tlsCaFile;
        const QByteArray envName = stream.keyEnv.toLocal8Bit();
        d.streamKey = qEnvironmentVariable(envName.constData());
        if (d.streamKey.isEmpty())
            return badDestination(QStringLiteral("--stream-key-env: the environment variable %1 is not set or empty")
                                      .arg(stream.keyEnv));
        m_redactor.addSecret(d.streamKey);
        const auto keyIssues = studio::DestinationValidator::validateStreamKey(preset, d.streamKey);
        if (!keyIssues.isEmpty())
            return badDestination(QStringLiteral("stream key (from %1): %2").arg(stream.keyEnv, keyIssues.first().message));
        for (const QString &url : {d.serverUrl, d.backupUrl}) {
            if (url.isEmpty())
                continue;
            const auto urlIssues = studio::DestinationValidator::validateServerUrl(preset, url);
            if (!urlIssues.isEmpty())
                return badDestination(QStringLiteral("--stream %1: %2").arg(url, urlIssues.first().message));
        }
        m_destinations.append(d);
    }
    return Status::ok();
}

Status HeadlessRunner::prepareSavedDestinations(const studio::PresetTable &presets,
                                                QList<const studio::PlatformPreset *> *platforms)
{
    studio::DestinationStore store;
    for (const QString &name : std::as_const(m_options.destinationNames)) {
        auto saved = store.load(name);
        if (!saved)
            return badDestination(QStringLiteral("--destination: no saved destination called \"%1\"").arg(name));
        const studio::PlatformPreset *preset = presets.find(saved->presetId);
        if (!preset)
            return badDestination(QStringLiteral("--destination %1: unknown platform \"%2\"").arg(name, saved->presetId));
        const auto urlIssues = studio::DestinationValidator::validateServerUrl(*preset, saved->serverUrl);
        if (!urlIssues.isEmpty())
            return badDestination(QStringLiteral("--destination %1: %2").arg(name, urlIssues.first().message));
        platforms->append(preset);
        studio::StreamDestination d;
        d.name = saved->name;
        d.serverUrl = saved->serverUrl;
        d.backupUrl = saved->backupUrl;
        d.caFile = m_options.tlsCaFile;
        m_destinations.append(d);  // key still to come from the keychain
    }
    for (qsizetype i = 0; i < m_destinations.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (m_destinations[i].name == m_destinations[j].name)
                return badDestination(QStringLiteral("two destinations are called \"%1\": name them with --stream-name")
                                          .arg(m_destinations[i].name));
        }
    }
    return Status::ok();
}

void HeadlessRunner::fetchNextKey()
{
    while (m_keysFetched < m_destinations.size() && !m_destinations[m_keysFetched].streamKey.isEmpty())
        ++m_keysFetched;
    if (m_keysFetched == m_destinations.size()) {
        beginSession();
        return;
    }
    const QString name = m_destinations[m_keysFetched].name;
    m_secrets.readSecret(name, this, [this, name](Expected<QString> key) {
        if (!key) {
            const bool noKeychain = key.error().code == ErrorCode::SecretStoreUnavailable;
            failInput(badDestination(
                noKeychain ? QStringLiteral("--destination %1: no keychain is available to read its stream key; "
                                            "use --stream URL with --stream-key-env NAME instead")
                                 .arg(name)
                           : QStringLiteral("--destination %1: no stream key saved in the keychain").arg(name)));
            return;
        }
        m_redactor.addSecret(key.value());
        m_destinations[m_keysFetched].streamKey = key.value();
        ++m_keysFetched;
        fetchNextKey();
    });
}

void HeadlessRunner::beginSession()
{
    prepareRelay();
    studio::media::MediaLayer::registerKind(m_settings.layers, nullptr);  // validates; players come after
    studio::media::registerCaptureKinds(m_settings.layers, m_settings.video.fps);
    Expected<studio::SceneCollection> collection = m_options.scenePath.isEmpty()
        ? Expected<studio::SceneCollection>(studio::SceneCollection::fromScene(studio::builtInScene(), QStringLiteral("VIDA³")))
        : studio::loadSceneCollectionFile(m_options.scenePath, m_settings.layers);
    if (!collection) {
        failInput(collection.error());
        return;
    }
    for (studio::CollectionScene &scene : collection->scenes) {
        studio::relay::RelayService::addFullCanvasSources(scene.scene, m_options.browserSources);
        addSourceLayers(scene.scene, m_options);
    }
    auto schedule = ProgramSchedule::create(std::move(collection).value(), m_options.scenes);
    if (!schedule) {
        failInput(schedule.error());
        return;
    }
    m_schedule = std::move(schedule).value();
    if (Status media = prepareMedia(m_schedule->collection().allLayers()); !media) {
        failInput(media.error());
        return;
    }
    m_settings.programName = m_schedule->startName();
    const bool encodes = !m_options.recordPath.isEmpty() || !m_destinations.isEmpty();
    if (m_options.durationSec > 0 && encodes)
        m_settings.outputFrames = std::llround(m_options.durationSec * m_settings.video.fps);
    m_session = std::make_unique<studio::StreamSession>(
        m_schedule->collection().renderable(m_schedule->startIndex()), m_settings, m_redactor);
    connect(m_session.get(), &studio::StreamSession::outputStateChanged, this, &HeadlessRunner::onOutputState);
    connect(m_session.get(), &studio::StreamSession::statsUpdated, this, &HeadlessRunner::onStats);
    connect(m_session.get(), &studio::StreamSession::allStopped, this, &HeadlessRunner::onAllStopped);
    keepHistory();
    // --duration is output time: the encode holds exactly duration × fps frame intervals.
    connect(m_session.get(), &studio::StreamSession::outputComplete, this, &HeadlessRunner::requestStop);
    connect(m_session.get(), &studio::StreamSession::encoderFailed, this, [this](const Error &error) {
        printError(QStringLiteral("encoder failed: %1").arg(error.detail));
        m_exitCode = kExitOutputFailed;
        requestStop();
    });
    m_session->startRendering();
    m_schedule->start(*m_session);
    startRelay();
    const Status automated = m_automation->start(*m_session, m_schedule->collection(), m_destinations,
                                                 [this] { startOutputs(); }, [this] { requestStop(); });
    if (!automated) {
        printError(m_redactor.redact(automated.error().detail));
        m_exitCode = kExitBadInput;
        requestStop();
        return;
    }
    if (!m_automation->outputsWait())
        startOutputs();
    else if (m_options.durationSec > 0 && !encodes)
        m_durationTimer.start(static_cast<int>(m_options.durationSec * 1000));
}

void HeadlessRunner::startOutputs()
{
    if (m_stopping)
        return;
    const bool encodes = !m_options.recordPath.isEmpty() || !m_destinations.isEmpty();
    if (!m_options.recordPath.isEmpty() && !m_session->isRecording()) {
        if (Status s = m_session->startRecording(m_options.recordPath); !s) {
            printError(s.error().detail);
            m_exitCode = kExitOutputFailed;
            requestStop();
            return;
        }
    }
    for (const studio::StreamDestination &destination : std::as_const(m_destinations)) {
        if (m_session->isLive(destination.name))
            continue;
        if (Status s = m_session->goLive(destination); !s) {
            printError(m_redactor.redact(s.error().detail));
            m_exitCode = kExitOutputFailed;
            requestStop();
            return;
        }
    }
    // Without an output the duration is wall-clock time; with one, the timer is only a backstop
    // for an encode that never starts (outputComplete ends the run on time).
    if (m_options.durationSec > 0)
        m_durationTimer.start(static_cast<int>(m_options.durationSec * 1000) + (encodes ? kDurationBackstopMs : 0));
}

void HeadlessRunner::requestStop()
{
    if (!m_session) {
        Q_EMIT finished(m_exitCode);
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcHeadless, "stopping");
    if (m_automation)
        m_automation->announceExit();
    m_session->stopAll();
}

void HeadlessRunner::onOutputState(const QString &name, encoder::OutputState state, const Error &error)
{
    if (state != encoder::OutputState::Failed)
        return;
    printError(QStringLiteral("%1 failed: %2").arg(name, m_redactor.redact(error.detail)));
    m_exitCode = kExitOutputFailed;
    // One failed destination never stops the others; the run ends when none is left to serve.
    const bool streamsGone = !m_destinations.isEmpty() && !m_session->isLive();
    if (m_automation->remoteControlled())
        return;  // the controller decides what comes next
    if (streamsGone || !m_session->hasOutputs())
        requestStop();
}

void HeadlessRunner::onStats(const studio::SessionStats &stats)
{
    if (m_relay)
        m_relay->followOutput(stats);
    if (!m_statsFile.isOpen())
        return;
    QByteArray line = studio::statsToJsonLine(stats);
    if (m_relay)
        line = studio::relay::RelayService::withSources(line, m_relay->sources());
    m_statsFile.write(m_redactor.redact(QString::fromUtf8(line)).toUtf8());
    m_statsFile.write("\n");
    m_statsFile.flush();
}

void HeadlessRunner::keepHistory()
{
    if (!m_options.keepHistory)
        return;
    using studio::history::SessionRecorder;
    const QString collection = m_options.scenePath.isEmpty() ? QStringLiteral("VIDA³")
                                                             : QFileInfo(m_options.scenePath).completeBaseName();
    m_history = std::make_unique<SessionRecorder>(
        studio::history::HistoryStore(studio::history::HistoryStore::defaultPath()),
        SessionRecorder::Context{collection, true, m_options.historyDays}, m_redactor);
    connect(m_session.get(), &studio::StreamSession::statsUpdated, m_history.get(), &SessionRecorder::onStats);
    connect(m_session.get(), &studio::StreamSession::outputStateChanged, m_history.get(),
            [recorder = m_history.get()](const QString &name, encoder::OutputState state, const Error &) {
                recorder->onOutputState(name, state);
            });
    connect(m_history.get(), &SessionRecorder::problem, this, [](const QString &text) { printError(text); });
}

void HeadlessRunner::onAllStopped()
{
    if (!m_stopping)
        return;  // an output ended on its own while others were still to come
    if (m_history)
        m_history->onAllStopped(m_session->stats());
    if (!m_options.recordPath.isEmpty() && m_exitCode == 0)
        qCInfo(lcHeadless, "recording saved: %s", qUtf8Printable(QFileInfo(m_options.recordPath).absoluteFilePath()));
    Q_EMIT finished(m_exitCode);
}

void HeadlessRunner::prepareRelay()
{
    if (m_relay || (!m_options.relayPort && m_options.browserSources.isEmpty()))
        return;
    studio::relay::RelayConfig config;
    config.port = m_options.relayPort.value_or(studio::relay::kDefaultPort);
    config.bind = m_options.relayLan ? studio::relay::RelayBind::Lan : studio::relay::RelayBind::Loopback;
    config.decodeThreads = m_options.relayDecodeThreads.value_or(0);
    m_relay = std::make_unique<studio::relay::RelayService>(config, m_settings.audio.sampleRate,
                                                            m_settings.audio.channels, m_secrets, m_redactor);
    m_settings.layers = m_relay->layerFactory();
    m_settings.audioInput = m_relay->hub();
}

void HeadlessRunner::startRelay()
{
    if (!m_relay)
        return;
    m_relay->start([this](Status started) {
        if (started)
            return;
        printError(m_redactor.redact(started.error().detail));
        m_exitCode = kExitBadInput;
        requestStop();
    });
}

}  // namespace vida3::app
