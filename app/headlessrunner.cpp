// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/headlessrunner.h"

#include "encoder/recordingoutput.h"
#include "encoder/secretredactor.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/destinationvalidator.h"
#include "studio/destination/presettable.h"
#include "studio/destination/secretstore.h"
#include "studio/scene/sceneparser.h"
#include "studio/session/presetsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

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
    if (!m_options.destinationName.isEmpty())
        fetchDestinationKey();
    else
        beginSession();
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
                     QStringLiteral("--preset: unknown preset \"%1\" (x, youtube, twitch, facebook or custom)")
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
    if (Status valid = encoder::validate(m_settings.video); !valid)
        return valid;
    if (Status valid = encoder::validate(m_settings.audio); !valid)
        return valid;

    if (!o.recordPath.isEmpty() && !encoder::RecordingOutput::supportsPath(o.recordPath))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--record: %1: the file name must end in .mkv or .mp4").arg(o.recordPath)};
    if (!o.tlsCaFile.isEmpty() && !QFileInfo(o.tlsCaFile).isReadable())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--tls-ca-file: %1: no such readable file").arg(o.tlsCaFile)};

    if (!o.destinationName.isEmpty()) {
        studio::DestinationStore store;
        auto saved = store.load(o.destinationName);
        if (!saved)
            return badDestination(QStringLiteral("--destination: no saved destination called \"%1\"")
                                      .arg(o.destinationName));
        m_destination.name = saved->name;
        m_destination.serverUrl = saved->serverUrl;
        if (const auto *p = presets->find(saved->presetId))
            preset = p;
    } else if (!o.streamUrl.isEmpty()) {
        m_destination.name = m_options.presetId;
        m_destination.serverUrl = o.streamUrl;
        const QByteArray envName = o.streamKeyEnv.toLocal8Bit();
        m_destination.streamKey = qEnvironmentVariable(envName.constData());
        if (m_destination.streamKey.isEmpty())
            return badDestination(QStringLiteral("--stream-key-env: the environment variable %1 is not set or empty")
                                      .arg(o.streamKeyEnv));
        m_redactor.addSecret(m_destination.streamKey);
        const auto keyIssues = studio::DestinationValidator::validateStreamKey(*preset, m_destination.streamKey);
        if (!keyIssues.isEmpty())
            return badDestination(QStringLiteral("stream key (from %1): %2").arg(o.streamKeyEnv, keyIssues.first().message));
    }
    if (!m_destination.serverUrl.isEmpty()) {
        const auto urlIssues = studio::DestinationValidator::validateServerUrl(*preset, m_destination.serverUrl);
        if (!urlIssues.isEmpty())
            return badDestination(QStringLiteral("--stream: %1").arg(urlIssues.first().message));
        m_destination.caFile = o.tlsCaFile;
    }

    if (!o.statsPath.isEmpty()) {
        const bool ok = o.statsPath == u"-" ? m_statsFile.open(stdout, QIODevice::WriteOnly)
                                            : (m_statsFile.setFileName(o.statsPath),
                                               m_statsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!ok)
            return Error{ErrorCode::FileIo, QStringLiteral("--stats: cannot write %1").arg(o.statsPath)};
    }
    return Status::ok();
}

void HeadlessRunner::fetchDestinationKey()
{
    m_secrets.readSecret(m_destination.name, this, [this](Expected<QString> key) {
        if (!key) {
            const bool noKeychain = key.error().code == ErrorCode::SecretStoreUnavailable;
            failInput(badDestination(
                noKeychain ? QStringLiteral("--destination %1: no keychain is available to read its stream key; "
                                            "use --stream URL with --stream-key-env NAME instead")
                                 .arg(m_destination.name)
                           : QStringLiteral("--destination %1: no stream key saved in the keychain")
                                 .arg(m_destination.name)));
            return;
        }
        m_destination.streamKey = key.value();
        m_redactor.addSecret(m_destination.streamKey);
        beginSession();
    });
}

void HeadlessRunner::beginSession()
{
    Expected<studio::Scene> scene = m_options.scenePath.isEmpty() ? Expected<studio::Scene>(studio::builtInScene())
                                                                  : studio::loadSceneFile(m_options.scenePath);
    if (!scene) {
        failInput(scene.error());
        return;
    }
    m_session = std::make_unique<studio::StreamSession>(std::move(scene).value(), m_settings, m_redactor);
    connect(m_session.get(), &studio::StreamSession::outputStateChanged, this, &HeadlessRunner::onOutputState);
    connect(m_session.get(), &studio::StreamSession::statsUpdated, this, &HeadlessRunner::onStats);
    connect(m_session.get(), &studio::StreamSession::allStopped, this, &HeadlessRunner::onAllStopped);
    connect(m_session.get(), &studio::StreamSession::encoderFailed, this, [this](const Error &error) {
        printError(QStringLiteral("encoder failed: %1").arg(error.detail));
        m_exitCode = kExitOutputFailed;
        requestStop();
    });
    m_session->startRendering();
    if (!m_options.recordPath.isEmpty()) {
        if (Status s = m_session->startRecording(m_options.recordPath); !s) {
            printError(s.error().detail);
            m_exitCode = kExitOutputFailed;
            requestStop();
            return;
        }
    }
    if (!m_destination.serverUrl.isEmpty()) {
        if (Status s = m_session->goLive(m_destination); !s) {
            printError(m_redactor.redact(s.error().detail));
            m_exitCode = kExitOutputFailed;
            requestStop();
            return;
        }
    }
    if (m_options.durationSec > 0)
        m_durationTimer.start(static_cast<int>(m_options.durationSec * 1000));
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
    m_session->stopAll();
}

void HeadlessRunner::onOutputState(const QString &name, encoder::OutputState state, const Error &error)
{
    if (state != encoder::OutputState::Failed)
        return;
    printError(QStringLiteral("%1 failed: %2").arg(name, m_redactor.redact(error.detail)));
    m_exitCode = kExitOutputFailed;
    requestStop();
}

void HeadlessRunner::onStats(const studio::SessionStats &stats)
{
    if (!m_statsFile.isOpen())
        return;
    m_statsFile.write(m_redactor.redact(QString::fromUtf8(studio::statsToJsonLine(stats))).toUtf8());
    m_statsFile.write("\n");
    m_statsFile.flush();
}

void HeadlessRunner::onAllStopped()
{
    if (!m_stopping)
        return;  // an output ended on its own while others were still to come
    if (!m_options.recordPath.isEmpty() && m_exitCode == 0)
        qCInfo(lcHeadless, "recording saved: %s", qUtf8Printable(QFileInfo(m_options.recordPath).absoluteFilePath()));
    Q_EMIT finished(m_exitCode);
}

}  // namespace vida3::app
