// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relayservice.h"

#include "encoder/secretredactor.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/relaysecret.h"
#include "studio/relay/relayserver.h"
#include "studio/relay/relaytoken.h"
#include "studio/scene/browserlayer.h"
#include "studio/scene/scene.h"
#include "studio/session/sessionstats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace vida3::studio::relay {

RelayService::RelayService(RelayConfig config, int sampleRate, int channels, SecretStore &secrets,
                           SecretRedactor &redactor, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_secrets(secrets), m_redactor(redactor),
      m_hub(std::make_shared<RelayHub>(sampleRate, channels)),
      m_server(std::make_unique<RelayServer>(m_config, m_hub))
{
    connect(m_server.get(), &RelayServer::sourcesChanged, this, &RelayService::sourcesChanged);
}

RelayService::~RelayService() = default;

LayerFactory RelayService::layerFactory() const
{
    LayerFactory factory = LayerFactory::withBuiltInKinds();
    factory.registerKind(BrowserLayer::layerKind(m_hub));
    return factory;
}

void RelayService::addFullCanvasSources(Scene &scene, const QStringList &names)
{
    int z = 0;
    for (const LayerDescription &layer : std::as_const(scene.layers))
        z = std::max(z, layer.z);
    for (const QString &name : names)
        scene.layers.append(BrowserLayer::fullCanvas(name, QSizeF(scene.canvasSize), ++z));
}

void RelayService::useSecret(const QByteArray &secret)
{
    m_secret = secret;
    m_redactor.addSecret(RelaySecret::encode(secret));
    m_redactor.addSecret(QString::fromUtf8(secret));
}

void RelayService::start(std::function<void(Status)> done)
{
    RelaySecret::load(m_secrets, this, [this, done = std::move(done)](Expected<QByteArray> secret) {
        if (!secret && !(m_sessionSecretAllowed && secret.error().code == ErrorCode::SecretStoreUnavailable)) {
            done(secret.error());
            return;
        }
        m_sessionSecret = !secret;
        useSecret(secret ? *secret : RelaySecret::generate());
        done(m_server->start(m_secret));
    });
}

bool RelayService::isRunning() const
{
    return m_server->isRunning();
}

void RelayService::rotateSecret(std::function<void(Status)> done)
{
    if (m_sessionSecret) {  // nothing to save it in: a new one for the rest of the session
        useSecret(RelaySecret::generate());
        m_server->setSecret(m_secret);
        done(Status::ok());
        return;
    }
    RelaySecret::rotate(m_secrets, this, [this, done = std::move(done)](Expected<QByteArray> secret) {
        if (!secret) {
            done(secret.error());
            return;
        }
        useSecret(*secret);
        m_server->setSecret(m_secret);
        done(Status::ok());
    });
}

QUrl RelayService::url() const
{
    return m_server->url();
}

Expected<QString> RelayService::issueToken(const QString &source, int ttlSec) const
{
    if (m_secret.isEmpty())
        return Error{ErrorCode::SecretNotFound, QStringLiteral("the relay secret is not loaded yet")};
    const QString token = RelayToken::issue(m_secret, source, ttlSec, QDateTime::currentSecsSinceEpoch());
    m_redactor.addSecret(token);
    return token;
}

QString RelayService::snippet(const QUrl &url, const QString &token, const QString &source)
{
    return QStringLiteral("import { RelaySource } from './vida3-relay.js';\n"
                          "const source = new RelaySource({ url: '%1', token: '%2', name: '%3' });\n"
                          "await source.start(document.querySelector('canvas'), { codec: 'auto', fps: 30 });")
        .arg(url.toString(), token, source);
}

void RelayService::followOutput(const SessionStats &stats)
{
    m_hub->setOutputLosses(stats.frames.missedRender + stats.frames.skippedEncode);
}

QList<SourceStats> RelayService::sources() const
{
    return m_hub->stats();
}

QByteArray RelayService::withSources(const QByteArray &statsLine, const QList<SourceStats> &sources)
{
    QJsonObject line = QJsonDocument::fromJson(statsLine).object();
    QJsonArray list;
    for (const SourceStats &s : sources) {
        QJsonObject source{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("connected"), s.connected},
            {QStringLiteral("codec"), s.codec},
            {QStringLiteral("width"), s.width},
            {QStringLiteral("height"), s.height},
            {QStringLiteral("fps"), std::round(s.fps * 10.0) / 10.0},
            {QStringLiteral("kbps"), std::round(s.kbps * 10.0) / 10.0},
            {QStringLiteral("last_seen_ms"), static_cast<double>(s.lastSeenMs)},
            {QStringLiteral("dropped"), static_cast<double>(s.dropped)},
            {QStringLiteral("latency_ms"), s.latencyMs},
        };
        if (s.captureLatencyMs >= 0)
            source.insert(QStringLiteral("capture_latency_ms"), s.captureLatencyMs);
        list.append(source);
    }
    line.insert(QStringLiteral("sources"), list);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

}  // namespace vida3::studio::relay
