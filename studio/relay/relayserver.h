// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/relay/relayconfig.h"
#include "studio/relay/sourcestats.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace vida3::studio::relay {

class RelayHub;
class RelayWorker;

// The browser-source relay: a WebSocket server on its own thread ("vida3-relay") that
// authenticates pages, decodes what they send and feeds the RelayHub's sources.
// Thread-safety: a thread-affine QObject (create and call it on one thread, usually the GUI
// thread); the work happens on the relay thread. start() and setSecret() wait briefly for
// the relay thread; nothing else blocks. sourcesChanged() arrives on this object's thread.
class RelayServer : public QObject
{
    Q_OBJECT

public:
    RelayServer(RelayConfig config, std::shared_ptr<RelayHub> hub, QObject *parent = nullptr);
    ~RelayServer() override;  // stops the relay: every source disconnects

    // Starts listening with this secret; an error when the port is taken.
    Status start(const QByteArray &secret);
    void stop();
    bool isRunning() const { return m_running; }

    // After a rotation: live sources are closed (bad_token) and must come back with new tokens.
    void setSecret(const QByteArray &secret);

    quint16 port() const;  // the bound port (useful with port 0); 0 when stopped
    QUrl url() const;      // ws://127.0.0.1:PORT/v1, what a page connects to
    QList<SourceStats> sources() const;
    const std::shared_ptr<RelayHub> &hub() const { return m_hub; }
    const RelayConfig &config() const { return m_config; }

Q_SIGNALS:
    // A source connected, disconnected or was replaced; read sources() for the list.
    void sourcesChanged();

private:
    RelayConfig m_config;
    std::shared_ptr<RelayHub> m_hub;
    QThread m_thread;
    RelayWorker *m_worker = nullptr;  // lives on m_thread
    quint16 m_port = 0;
    bool m_running = false;
};

}  // namespace vida3::studio::relay
