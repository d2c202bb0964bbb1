// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/relayserver.h"

#include "studio/platform/threadpriority.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/relayworker.h"

namespace vida3::studio::relay {

RelayServer::RelayServer(RelayConfig config, std::shared_ptr<RelayHub> hub, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_hub(std::move(hub))
{
    m_thread.setObjectName(QStringLiteral("vida3-relay"));
}

RelayServer::~RelayServer()
{
    stop();
}

Status RelayServer::start(const QByteArray &secret)
{
    if (m_running)
        return Status::ok();
    m_worker = new RelayWorker(m_config, m_hub);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &RelayWorker::sourcesChanged, this, &RelayServer::sourcesChanged);
    m_thread.start(QThread::LowPriority);
    Status listening;
    RelayWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, secret, &listening] {
            // Browser sources are received and checked on this thread (and decoded on the
            // DecodeThreads, lowered too); on a machine short of CPU the render and encode
            // threads must win, so a flood of sources (or of junk) costs sources frames, never
            // the output.
            platform::lowerCurrentThreadPriority();
            listening = worker->listen(secret);
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return listening;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker, this] { m_port = worker->port(); }, Qt::BlockingQueuedConnection);
    m_running = true;
    return Status::ok();
}

void RelayServer::stop()
{
    if (m_worker) {
        RelayWorker *worker = m_worker;
        // Deleted on its own thread; QThread runs pending deferred deletes as it finishes.
        QMetaObject::invokeMethod(
            m_worker, [worker] {
                worker->shutdown();
                worker->deleteLater();
            },
            Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    m_running = false;
    m_port = 0;
}

void RelayServer::setSecret(const QByteArray &secret)
{
    if (!m_worker)
        return;
    RelayWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, secret] { worker->setSecret(secret); }, Qt::BlockingQueuedConnection);
}

quint16 RelayServer::port() const
{
    return m_port;
}

QUrl RelayServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port != 0 ? m_port : m_config.port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QList<SourceStats> RelayServer::sources() const
{
    return m_hub->stats();
}

}  // namespace vida3::studio::relay
