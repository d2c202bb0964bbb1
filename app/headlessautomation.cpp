// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/headlessautomation.h"

#include "encoder/secretredactor.h"
#include "studio/remote/remoteserver.h"
#include "studio/remote/sessionremote.h"

#include <QLoggingCategory>

namespace vida3::app {

Q_LOGGING_CATEGORY(lcAutomation, "vida3.headless", QtInfoMsg)

namespace {
constexpr qint64 kRearmMs = 3600 * 1000;
}

Expected<std::unique_ptr<HeadlessAutomation>> HeadlessAutomation::create(const StudioOptions &options, SecretRedactor &redactor)
{
    QString password;
    if (options.remotePort) {
        password = qEnvironmentVariable("VIDA3_REMOTE_PASSWORD");
        if (password.isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("--remote-control: remote control always needs a password; set it in the "
                                        "environment variable VIDA3_REMOTE_PASSWORD")};
        if (password.size() < 8)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("--remote-control: the password in VIDA3_REMOTE_PASSWORD is shorter than 8 characters")};
        redactor.addSecret(password);
        // Out of the environment: a child process never inherits it, /proc/PID/environ no longer shows it.
        qunsetenv("VIDA3_REMOTE_PASSWORD");
    }
    return std::unique_ptr<HeadlessAutomation>(new HeadlessAutomation(options, password));
}

HeadlessAutomation::HeadlessAutomation(StudioOptions options, QString password)
    : m_options(std::move(options)), m_password(std::move(password))
{
    for (QTimer *timer : {&m_startTimer, &m_stopTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
}

HeadlessAutomation::~HeadlessAutomation() = default;

void HeadlessAutomation::armAt(QTimer &timer, const QDateTime &when)
{
    const qint64 ms = QDateTime::currentDateTime().msecsTo(when);
    timer.setProperty("vida3Due", when);
    timer.start(static_cast<int>(std::clamp<qint64>(ms, 0, kRearmMs)));
}

Status HeadlessAutomation::start(studio::StreamSession &session, const studio::SceneCollection &collection,
                                 const QList<studio::StreamDestination> &destinations, std::function<void()> startOutputs,
                                 std::function<void()> stopRun)
{
    if (m_options.remotePort) {
        m_studio = std::make_unique<studio::remote::SessionRemote>(session, collection, destinations, m_options.recordPath);
        studio::remote::RemoteConfig config;
        config.port = static_cast<quint16>(*m_options.remotePort);
        config.lan = m_options.remoteLan;
        config.extraOrigins = m_options.remoteOrigins;
        config.tlsCertificate = m_options.remoteTlsCertificate;
        config.tlsKey = m_options.remoteTlsKey;
        m_server = std::make_unique<studio::remote::RemoteServer>(config, m_password, *m_studio);
        m_password.clear();
        if (Status listening = m_server->listen(); !listening)
            return listening;
    }
    const auto fireWhenDue = [this](QTimer &timer, std::function<void()> action) {
        connect(&timer, &QTimer::timeout, this, [this, &timer, action = std::move(action)] {
            const QDateTime due = timer.property("vida3Due").toDateTime();
            if (QDateTime::currentDateTime().msecsTo(due) > 0) {
                armAt(timer, due);  // a long wait, re-armed
                return;
            }
            action();
        });
    };
    if (m_options.startAt.isValid()) {
        fireWhenDue(m_startTimer, [startOutputs] {
            qCInfo(lcAutomation, "scheduled start");
            startOutputs();
        });
        armAt(m_startTimer, m_options.startAt);
        qCInfo(lcAutomation, "outputs start at %s", qUtf8Printable(m_options.startAt.toString(Qt::ISODate)));
    }
    if (m_options.stopAt.isValid()) {
        fireWhenDue(m_stopTimer, [stopRun] {
            qCInfo(lcAutomation, "scheduled stop");
            stopRun();
        });
        armAt(m_stopTimer, m_options.stopAt);
        qCInfo(lcAutomation, "the run stops at %s", qUtf8Printable(m_options.stopAt.toString(Qt::ISODate)));
    }
    return Status::ok();
}

void HeadlessAutomation::announceExit()
{
    m_startTimer.stop();
    m_stopTimer.stop();
    if (m_studio)
        m_studio->announceExit();
}

}  // namespace vida3::app
