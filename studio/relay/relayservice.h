// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/relay/relayconfig.h"
#include "studio/relay/sourcestats.h"
#include "studio/scene/layerfactory.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace vida3 {
class SecretRedactor;
}
namespace vida3::studio {
class SecretStore;
struct Scene;
}  // namespace vida3::studio

namespace vida3::studio {
struct SessionStats;
}

namespace vida3::studio::relay {

class RelayHub;
class RelayServer;

// Browser sources in one object, for the window and the headless runner: the hub, the relay
// server, the install secret (keychain or VIDA3_RELAY_SECRET, or for the window without a
// keychain one made for the session), tokens and rotation.
// The secret and every token it hands out are registered with the SecretRedactor.
// Thread-affine QObject (GUI/main thread); callbacks and signals arrive on that thread.
class RelayService : public QObject
{
    Q_OBJECT

public:
    RelayService(RelayConfig config, int sampleRate, int channels, SecretStore &secrets, SecretRedactor &redactor,
                 QObject *parent = nullptr);
    ~RelayService() override;

    // The built-in kinds plus "browser" bound to this service's hub: give it to the scene
    // parser and to StreamSession::Settings::layers.
    LayerFactory layerFactory() const;
    const std::shared_ptr<RelayHub> &hub() const { return m_hub; }
    // Appends a full-canvas browser layer per name above every existing layer.
    static void addFullCanvasSources(Scene &scene, const QStringList &names);

    // Without a keychain (none, or locked) and without VIDA3_RELAY_SECRET, start() makes a
    // secret for this session and keeps it in memory: its tokens stop working when the studio
    // closes, as stream keys typed without a keychain are forgotten. For the window, where the
    // tokens are handed out; headless runs take tokens from `--relay-token`, another process,
    // so they keep asking for a secret that lasts.
    void allowSessionSecret(bool allowed) { m_sessionSecretAllowed = allowed; }
    bool secretIsForThisSession() const { return m_sessionSecret; }
    // Loads (or creates) the secret, then listens. done(error) on a taken port or no secret.
    void start(std::function<void(Status)> done);
    bool isRunning() const;
    // New secret: tokens already given out stop working and live sources are closed.
    void rotateSecret(std::function<void(Status)> done);

    // What the page needs: the URL, a token for source (valid ttlSec), the three-line snippet.
    QUrl url() const;
    Expected<QString> issueToken(const QString &source, int ttlSec) const;
    static QString snippet(const QUrl &url, const QString &token, const QString &source);

    QList<SourceStats> sources() const;
    // Feed it every stats update of the session the sources stream into (see
    // RelayHub::setOutputLosses).
    void followOutput(const SessionStats &stats);
    // A --stats line with "sources":[{name, codec, width, height, fps, kbps, last_seen_ms, dropped}].
    static QByteArray withSources(const QByteArray &statsLine, const QList<SourceStats> &sources);

Q_SIGNALS:
    void sourcesChanged();

private:
    void useSecret(const QByteArray &secret);

    RelayConfig m_config;
    SecretStore &m_secrets;
    SecretRedactor &m_redactor;
    std::shared_ptr<RelayHub> m_hub;
    std::unique_ptr<RelayServer> m_server;
    QByteArray m_secret;
    bool m_sessionSecretAllowed = false;
    bool m_sessionSecret = false;
};

}  // namespace vida3::studio::relay
