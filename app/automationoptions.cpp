// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/automationoptions.h"

#include "studio/remote/remoteserver.h"
#include "studio/schedule/scheduletime.h"

#include <QCommandLineParser>

namespace vida3::app {

namespace {
Error bad(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}
}  // namespace

void addAutomationOptions(QCommandLineParser &p)
{
    const auto opt = [](const char *name, const char *description, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description), QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description));
    };
    p.addOptions({
        opt("remote-control",
            "Let obs-websocket v5 tools (Companion, Streamer.bot, obs-cmd) control the studio on ws://127.0.0.1:PORT "
            "(default 4455). The password comes from VIDA3_REMOTE_PASSWORD.",
            "PORT"),
        opt("remote-control-lan", "Let remote control listen on every interface, not only 127.0.0.1 (opt-in)."),
        opt("remote-allow-origin", "Also let a web page from ORIGIN (scheme://host[:port]) connect; repeatable.", "ORIGIN"),
        opt("remote-tls-cert", "Serve remote control as wss:// with this PEM certificate (with --remote-tls-key).", "FILE"),
        opt("remote-tls-key", "The PEM private key of --remote-tls-cert.", "FILE"),
        opt("standby", "Render, but start --stream and --record only when asked (remote control or --start-at)."),
        opt("start-at", "Start --stream and --record at TIME: HH:MM[:SS] (the next one) or ISO 8601 local time.", "TIME"),
        opt("stop-at", "Stop everything and end the run at TIME (same forms as --start-at).", "TIME"),
    });
}

QStringList withRemoteDefaults(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] != u"--remote-control")
            continue;
        if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(u"--"))
            arguments.insert(i + 1, QString::number(studio::remote::RemoteConfig::kDefaultPort));
    }
    return arguments;
}

Status readAutomationOptions(const QCommandLineParser &p, StudioOptions *o)
{
    if (p.isSet(QStringLiteral("remote-control"))) {
        bool ok = false;
        const int port = p.value(QStringLiteral("remote-control")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return bad(QStringLiteral("--remote-control: expected a port from 1 to 65535, got \"%1\"")
                           .arg(p.value(QStringLiteral("remote-control")).left(40)));
        o->remotePort = port;
    }
    o->remoteLan = p.isSet(QStringLiteral("remote-control-lan"));
    o->remoteOrigins = p.values(QStringLiteral("remote-allow-origin"));
    o->remoteTlsCertificate = p.value(QStringLiteral("remote-tls-cert"));
    o->remoteTlsKey = p.value(QStringLiteral("remote-tls-key"));
    if (o->remoteTlsCertificate.isEmpty() != o->remoteTlsKey.isEmpty())
        return bad(QStringLiteral("--remote-tls-cert and --remote-tls-key go together"));
    const bool remoteDetail = o->remoteLan || !o->remoteOrigins.isEmpty() || !o->remoteTlsCertificate.isEmpty();
    if (remoteDetail && !o->remotePort)
        return bad(QStringLiteral("--remote-control-lan, --remote-allow-origin and --remote-tls-cert need --remote-control"));
    o->standby = p.isSet(QStringLiteral("standby"));
    const QDateTime now = QDateTime::currentDateTime();
    for (const char *name : {"start-at", "stop-at"}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        Expected<QDateTime> at = studio::parseScheduleTime(p.value(option), now);
        if (!at)
            return bad(QStringLiteral("--%1: %2").arg(option, at.error().detail));
        if (*at <= now)
            return bad(QStringLiteral("--%1: %2 has already passed").arg(option, at->toString(Qt::ISODate)));
        (option == u"start-at" ? o->startAt : o->stopAt) = *at;
    }
    if (o->startAt.isValid() && o->stopAt.isValid() && o->stopAt <= o->startAt)
        return bad(QStringLiteral("--stop-at must come after --start-at"));
    return Status::ok();
}

}  // namespace vida3::app
