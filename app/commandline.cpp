// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/commandline.h"

#include "app/audiooptions.h"
#include "app/automationoptions.h"
#include "app/datacommand.h"
#include "app/historycommand.h"
#include "app/language.h"
#include "app/sourceoptions.h"

#include "encoder/encodersettings.h"
#include "encoder/x264speed.h"
#include "studio/relay/hellomessage.h"

#include <QCommandLineParser>

#include <algorithm>
#include <QRegularExpression>

namespace vida3::app {

namespace {
Error bad(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}

bool readInt(const QCommandLineParser &p, const QString &name, int min, int max, std::optional<int> *out,
             Error *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = bad(QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"")
                         .arg(name).arg(min).arg(max).arg(p.value(name)));
        return false;
    }
    *out = v;
    return true;
}
// QCommandLineParser knows no order between options, so a second pass groups the per-stream
// options with the --stream before them. Values may be given as "--opt value" or "--opt=value".
Status readStreams(const QStringList &arguments, QList<StudioOptions::Stream> *streams)
{
    const QStringList perStream{QStringLiteral("stream-key-env"), QStringLiteral("stream-backup"),
                                QStringLiteral("stream-name")};
    StudioOptions::Stream leading;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        if (!arg.startsWith(u"--"))
            continue;
        arg = arg.mid(2);
        QString value;
        if (const qsizetype eq = arg.indexOf(u'='); eq >= 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else if (arg == u"stream" || perStream.contains(arg)) {
            value = i + 1 < arguments.size() ? arguments[++i] : QString();
        }
        if (arg == u"stream") {
            // Options given before the first --stream belong to it (the one-stream form of
            // the command line lets them come in any order).
            streams->append(streams->isEmpty() ? leading : StudioOptions::Stream{});
            streams->last().url = value;
            continue;
        }
        if (!perStream.contains(arg))
            continue;
        StudioOptions::Stream &stream = streams->isEmpty() ? leading : streams->last();
        QString &field = arg == u"stream-key-env" ? stream.keyEnv : arg == u"stream-backup" ? stream.backupUrl : stream.name;
        if (!field.isEmpty())
            return bad(QStringLiteral("--%1 given twice for the stream %2").arg(arg, stream.url));
        field = value;
    }
    if (streams->isEmpty() && !(leading.keyEnv.isEmpty() && leading.backupUrl.isEmpty() && leading.name.isEmpty()))
        return bad(QStringLiteral("--stream-key-env, --stream-backup and --stream-name need a --stream"));
    for (qsizetype i = 0; i < streams->size(); ++i) {
        StudioOptions::Stream &stream = (*streams)[i];
        if (stream.keyEnv.isEmpty())
            return bad(QStringLiteral("--stream %1 needs --stream-key-env NAME after it: the key is never taken from "
                                      "the command line").arg(stream.url));
        if (stream.name.isEmpty())
            stream.name = streams->size() == 1 ? QString() : QStringLiteral("stream%1").arg(i + 1);
        for (qsizetype j = 0; j < i; ++j) {
            if (!stream.name.isEmpty() && (*streams)[j].name == stream.name)
                return bad(QStringLiteral("--stream-name %1 is used twice").arg(stream.name));
        }
    }
    return Status::ok();
}
void addRelayOptions(QCommandLineParser &p)
{
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                  valueName ? QString::fromLatin1(valueName) : QString());
    };
    p.addOptions({
        opt("relay-port", "Run the browser-source relay on ws://127.0.0.1:PORT/v1 (default 8787).", "PORT"),
        opt("relay-lan", "Let the relay listen on every interface, not only 127.0.0.1 (opt-in)."),
        opt("relay-decode-threads", "Threads browser sources are decoded on (default: one per CPU core).", "N"),
        opt("browser-source", "Add a full-canvas browser source called NAME on top of the scene; repeatable.", "NAME"),
        opt("relay-token", "Print a fresh relay token for browser source NAME and exit.", "NAME"),
        opt("relay-token-ttl", "Lifetime of --relay-token in seconds (default 86400).", "SECONDS"),
        opt("rotate-relay-secret", "Replace the relay secret (revokes every token) and exit."),
    });
}

Status readRelayOptions(const QCommandLineParser &p, StudioOptions *o)
{
    Error error;
    if (!readInt(p, QStringLiteral("relay-port"), 1, 65535, &o->relayPort, &error))
        return error;
    std::optional<int> ttl;
    if (!readInt(p, QStringLiteral("relay-token-ttl"), 60, 365 * 24 * 3600, &ttl, &error))
        return error;
    if (ttl)
        o->relayTokenTtlSec = *ttl;
    if (!readInt(p, QStringLiteral("relay-decode-threads"), 1, 64, &o->relayDecodeThreads, &error))
        return error;
    o->relayLan = p.isSet(QStringLiteral("relay-lan"));
    o->browserSources = p.values(QStringLiteral("browser-source"));
    o->relayTokenSource = p.value(QStringLiteral("relay-token"));
    o->rotateRelaySecret = p.isSet(QStringLiteral("rotate-relay-secret"));
    const QStringList named = o->relayTokenSource.isEmpty() ? o->browserSources
                                                            : o->browserSources + QStringList{o->relayTokenSource};
    for (const QString &name : named) {
        if (!studio::relay::isValidSourceName(name))
            return bad(QStringLiteral("browser source name \"%1\": use 1 to 64 letters, digits, spaces, '-', '_' or '.'")
                           .arg(name));
    }
    if (ttl && o->relayTokenSource.isEmpty())
        return bad(QStringLiteral("--relay-token-ttl goes with --relay-token NAME"));
    if (!o->relayTokenSource.isEmpty() && o->rotateRelaySecret)
        return bad(QStringLiteral("--relay-token and --rotate-relay-secret cannot be combined"));
    return Status::ok();
}
}  // namespace

Expected<ParsedCommandLine> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "VIDA³ Studio: render the VIDA³ canvas, encode it and stream it live (RTMP/RTMPS) or record it.\n"
        "Without options it opens the studio window. Exit codes: 0 clean stop; 2 bad arguments, scene or "
        "destination; 3 an output failed."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                  valueName ? QString::fromLatin1(valueName) : QString());
    };
    p.addOption(help);
    p.addOption(version);
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("A scene collection to open in the window and save back to (created if "
                                           "missing); the same as --scene FILE."),
                            QStringLiteral("[FILE]"));
    p.addOptions({
        opt("headless", "No window; run until --duration ends or SIGINT/SIGTERM, then stop cleanly."),
        opt("scene", "Scene collection or scene JSON file (default: the built-in VIDA³ scene).", "FILE"),
        opt("preset", "Platform preset: x, youtube, twitch, facebook, relay or custom (default x).", "NAME"),
        opt("resolution", "Output size, e.g. 1280x720 (overrides the preset).", "WxH"),
        opt("fps", "Frames per second (overrides the preset).", "N"),
        opt("video-bitrate", "Video bitrate in kbps (overrides the preset).", "KBPS"),
        opt("keyint", "Keyframe interval in seconds (overrides the preset).", "SECONDS"),
        opt("audio-bitrate", "AAC bitrate in kbps (overrides the preset).", "KBPS"),
        opt("x264-preset", "x264 speed: auto (default: veryfast, superfast or ultrafast for the output and this "
                           "machine's cores), ultrafast, superfast, veryfast, faster, fast, medium, slow or slower. "
                           "Faster uses less CPU for a softer picture.", "NAME"),
        opt("encoder", "Video encoder: auto, x264 (default), nvenc, vaapi, qsv (Linux), nvenc, qsv, amf "
                       "(Windows), videotoolbox (macOS). auto uses the first hardware encoder whose test encode "
                       "works; one that does not work falls back to x264 and says why.", "NAME"),
        opt("vaapi-device", "DRM render node for --encoder vaapi (default /dev/dri/renderD128).", "PATH"),
        opt("list-encoders", "Probe every video encoder with a test encode, print what works here, and exit."),
        opt("stream", "Ingest server URL without the key (rtmp:// or rtmps://); repeat for several destinations.",
            "URL"),
        opt("stream-key-env", "Read the stream key of the --stream before it from this environment variable.", "NAME"),
        opt("stream-backup", "Backup ingest URL of the --stream before it.", "URL"),
        opt("stream-name", "Name of the --stream before it (in stats and messages).", "NAME"),
        opt("destination", "Use a destination saved in the window (key from the keychain); repeatable.", "NAME"),
        opt("reconnect-delay", "First reconnect delay in seconds (default 1.5).", "SECONDS"),
        opt("reconnect-max-delay", "Longest reconnect delay in seconds (default 60).", "SECONDS"),
        opt("reconnect-attempts", "Reconnect attempts in a row before giving up (default 20; 0: never).", "N"),
        opt("adaptive-bitrate", "on or off (default on): lower the bitrate when the upload is too slow.", "on|off"),
        opt("tls-ca-file", "Trust this CA for rtmps:// (default: the system trust store).", "FILE"),
        opt("record", "Record locally too (.mkv or .mp4).", "FILE"),
        opt("duration", "Stop cleanly after this many seconds of output (SECONDS x fps frames).", "SECONDS"),
        opt("stats", "Write one JSON stats line per second to FILE, or - for stdout.", "FILE|-"),
        opt("log-format", "text or json (default text).", "FORMAT"),
        opt("log-level", "debug, info, warning or error (default info).", "LEVEL"),
        opt("language", "Show the studio in this language: en, de, es, fr, pt_BR or ja (default: as chosen in "
                        "View > Language, else the system's).", "CODE"),
        opt("demo", "Record the default scene for a few seconds and say where the file is."),
    });
    addRelayOptions(p);
    addAudioOptions(p);
    addSourceOptions(p);
    addSceneOptions(p);
    addAutomationOptions(p);
    addHistoryOptions(p);
    addDataOptions(p);
    if (!p.parse(withRemoteDefaults(withAudioDefaults(arguments))))
        return bad(p.errorText());
    // One file may be named without --scene: the window opens that collection and saves to it.
    // Without a window a file is only taken with --scene: a stray word (a key typed in the wrong
    // place) is refused, never read as a file name.
    if (p.positionalArguments().size() > 1 || (!p.positionalArguments().isEmpty() && p.isSet(QStringLiteral("scene")))
        || (!p.positionalArguments().isEmpty() && (p.isSet(QStringLiteral("headless")) || p.isSet(QStringLiteral("demo")))))
        return bad(QStringLiteral("unexpected argument \"%1\" (see --help)").arg(p.positionalArguments().last()));

    ParsedCommandLine result;
    if (p.isSet(help)) {
        result.action = CommandLineAction::ShowHelp;
        result.text = p.helpText();
        return result;
    }
    if (p.isSet(version)) {
        result.action = CommandLineAction::ShowVersion;
        result.text = QStringLiteral("vida3-studio %1").arg(QStringLiteral(VIDA3_VERSION));
        return result;
    }

    StudioOptions &o = result.options;
    o.headless = p.isSet(QStringLiteral("headless"));
    o.demo = p.isSet(QStringLiteral("demo"));
    o.scenePath = p.positionalArguments().isEmpty() ? p.value(QStringLiteral("scene")) : p.positionalArguments().first();
    if (p.isSet(QStringLiteral("preset")))
        o.presetId = p.value(QStringLiteral("preset")).toLower();
    if (p.isSet(QStringLiteral("resolution"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,4})x(\\d{2,4})$"));
        const auto m = re.match(p.value(QStringLiteral("resolution")));
        if (!m.hasMatch())
            return bad(QStringLiteral("--resolution: expected WIDTHxHEIGHT such as 1280x720, got \"%1\"")
                           .arg(p.value(QStringLiteral("resolution"))));
        o.width = m.captured(1).toInt();
        o.height = m.captured(2).toInt();
    }
    Error error;
    if (!readInt(p, QStringLiteral("fps"), 1, 120, &o.fps, &error)
        || !readInt(p, QStringLiteral("video-bitrate"), 100, 100000, &o.videoBitrateKbps, &error)
        || !readInt(p, QStringLiteral("audio-bitrate"), 32, 320, &o.audioBitrateKbps, &error))
        return error;
    if (p.isSet(QStringLiteral("keyint"))) {
        bool ok = false;
        const double v = p.value(QStringLiteral("keyint")).toDouble(&ok);
        if (!ok || v < 0.5 || v > 20)
            return bad(QStringLiteral("--keyint: expected seconds from 0.5 to 20, got \"%1\"")
                           .arg(p.value(QStringLiteral("keyint"))));
        o.keyintSec = v;
    }
    if (p.isSet(QStringLiteral("x264-preset"))) {
        o.x264Preset = p.value(QStringLiteral("x264-preset")).toLower();
        if (!encoder::x264Presets().contains(o.x264Preset) && o.x264Preset != QLatin1StringView(encoder::kAutoX264Preset))
            return bad(QStringLiteral("--x264-preset: expected auto or one of %1, got \"%2\"")
                           .arg(encoder::x264Presets().join(QStringLiteral(", ")), p.value(QStringLiteral("x264-preset"))));
    }
    if (p.isSet(QStringLiteral("encoder"))) {
        o.encoderName = p.value(QStringLiteral("encoder")).toLower();
        if (!encoder::encoderKindNames().contains(o.encoderName))
            return bad(QStringLiteral("--encoder: expected one of %1, got \"%2\"")
                           .arg(encoder::encoderKindNames().join(QStringLiteral(", ")), p.value(QStringLiteral("encoder"))));
    }
    o.vaapiDevice = p.value(QStringLiteral("vaapi-device"));
    o.listEncoders = p.isSet(QStringLiteral("list-encoders"));
    if (p.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        o.durationSec = p.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || o.durationSec <= 0)
            return bad(QStringLiteral("--duration: expected a positive number of seconds, got \"%1\"")
                           .arg(p.value(QStringLiteral("duration"))));
    }
    if (Status streams = readStreams(arguments, &o.streams); !streams)
        return streams.error();
    o.destinationNames = p.values(QStringLiteral("destination"));
    for (const char *name : {"reconnect-delay", "reconnect-max-delay"}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const double v = p.value(option).toDouble(&ok);
        if (!ok || v < 0.1 || v > 3600)
            return bad(QStringLiteral("--%1: expected seconds from 0.1 to 3600, got \"%2\"").arg(option, p.value(option)));
        (option == u"reconnect-delay" ? o.reconnectDelaySec : o.reconnectMaxDelaySec) = v;
    }
    if (!readInt(p, QStringLiteral("reconnect-attempts"), 0, 1000, &o.reconnectAttempts, &error))
        return error;
    if (p.isSet(QStringLiteral("adaptive-bitrate"))) {
        const QString v = p.value(QStringLiteral("adaptive-bitrate")).toLower();
        if (v != u"on" && v != u"off")
            return bad(QStringLiteral("--adaptive-bitrate: expected on or off"));
        o.adaptiveBitrate = v == u"on";
    }
    o.tlsCaFile = p.value(QStringLiteral("tls-ca-file"));
    o.recordPath = p.value(QStringLiteral("record"));
    o.statsPath = p.value(QStringLiteral("stats"));
    if (Status relay = readRelayOptions(p, &o); !relay)
        return relay.error();
    if (Status audio = readAudioOptions(p, &o); !audio)
        return audio.error();
    if (auto scenes = readSceneOptions(p); scenes)
        o.scenes = std::move(scenes).value();
    else
        return bad(scenes.error().detail);
    if (Status sources = readSourceOptions(p, &o); !sources)
        return sources.error();
    if (Status automation = readAutomationOptions(p, &o); !automation)
        return automation.error();
    if (Status history = readHistoryOptions(p, &o); !history)
        return history.error();
    if (Status data = readDataOptions(p, &o); !data)
        return data.error();

    if (p.isSet(QStringLiteral("log-format"))
        && !studio::LogHandler::parseFormat(p.value(QStringLiteral("log-format")), &o.logFormat))
        return bad(QStringLiteral("--log-format: expected text or json"));
    o.language = p.value(QStringLiteral("language"));
    const QList<Language> languages = availableLanguages();
    if (!o.language.isEmpty()
        && std::none_of(languages.cbegin(), languages.cend(), [&o](const Language &l) { return l.code == o.language; }))
        return bad(QStringLiteral("--language: expected one of en, de, es, fr, pt_BR, ja"));
    if (p.isSet(QStringLiteral("log-level"))
        && !studio::LogHandler::parseLevel(p.value(QStringLiteral("log-level")), &o.logLevel))
        return bad(QStringLiteral("--log-level: expected debug, info, warning or error"));
    const bool headlessOnly = !o.streams.isEmpty() || !o.destinationNames.isEmpty() || !o.recordPath.isEmpty()
        || o.durationSec > 0 || !o.statsPath.isEmpty() || !o.scenes.switches.isEmpty() || o.standby
        || o.startAt.isValid() || o.stopAt.isValid() || o.remotePort;
    if (headlessOnly && !o.headless && !o.demo)
        return bad(QStringLiteral("--stream, --destination, --record, --duration, --stats, --switch-scene, --standby, "
                                  "--start-at, --stop-at and --remote-control need --headless"));
    return result;
}

}  // namespace vida3::app
